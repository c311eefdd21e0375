/// One kecamatan of the master list (docs/INPUTS.md "Regions").
package struct Region: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(
        code: KecamatanCode, name: String, kabupaten: String? = nil, province: String? = nil, desa: Int? = nil,
        kelurahan: Int? = nil, bpsCode: String? = nil, areaKm2: Double? = nil, isCapital: Bool = false,
        line: Int
    ) {
        self.isCapital = isCapital
        self.code = code
        self.name = name
        self.kabupaten = kabupaten
        self.province = province
        self.desa = desa
        self.kelurahan = kelurahan
        self.bpsCode = bpsCode
        self.areaKm2 = areaKm2
        self.line = line
    }

    /// Kemendagri code.
    package var code: KecamatanCode
    /// Kecamatan name.
    package var name: String
    /// Kabupaten/kota name, when given.
    package var kabupaten: String?
    /// Province name (`provinsi`), when given.
    package var province: String? = nil
    /// Number of desa, when given.
    package var desa: Int?
    /// Number of kelurahan, when given.
    package var kelurahan: Int?
    /// BPS 7-digit code, when given.
    package var bpsCode: String?
    /// Area in km², when given.
    package var areaKm2: Double?
    /// True when the regions file marks the kecamatan as its kabupaten's capital (`ibukota`): a default
    /// venue of the class plan.
    package var isCapital: Bool
    /// The 1-based line the region came from.
    package var line: Int

    /// D_k from the master list: desa + kelurahan, or nil when neither is given.
    package var villages: Int? {
        desa == nil && kelurahan == nil ? nil : (desa ?? 0) + (kelurahan ?? 0)
    }
}

/// The master list of kecamatan: the set planned for, and the BPS → Kemendagri code translation.
package struct RegionsTable: Sendable {
    /// The regions in file order.
    package var regions: [Region] = []
    private var indexByCode: [KecamatanCode: Int] = [:]
    private var codeByBPS: [String: KecamatanCode] = [:]
    private var lineByBPS: [String: Int] = [:]
    /// The name of each province (by its code, `65`): the first name its rows give, in file order.
    package var provinceNames: [Int: String] = [:]
    private var provinceNameLines: [Int: Int] = [:]

    /// An empty table.
    package init() {}

    /// The region with a Kemendagri code.
    package func region(_ code: KecamatanCode) -> Region? { indexByCode[code].map { regions[$0] } }

    /// The Kemendagri code a BPS 7-digit code stands for.
    package func kemendagriCode(forBPS bps: String) -> KecamatanCode? { codeByBPS[bps] }

    /// True when the code is in the list.
    package func contains(_ code: KecamatanCode) -> Bool { indexByCode[code] != nil }

    /// The line of an earlier region with this code, if any.
    package func line(of code: KecamatanCode) -> Int? { indexByCode[code].map { regions[$0].line } }

    /// The line of an earlier region with this BPS code, if any.
    package func line(ofBPS bps: String) -> Int? { lineByBPS[bps] }

    /// The first name given for a province and its line, if any.
    package func provinceName(_ province: Int) -> (name: String, line: Int)? {
        provinceNames[province].map { ($0, provinceNameLines[province]!) }
    }

    /// Adds a region whose code and BPS code were checked to be new; its province name counts when it is the
    /// first given for its province.
    package mutating func add(_ region: Region) {
        indexByCode[region.code] = regions.count
        if let name = region.province, provinceNames[region.code.province] == nil {
            provinceNames[region.code.province] = name
            provinceNameLines[region.code.province] = region.line
        }
        if let bps = region.bpsCode {
            codeByBPS[bps] = region.code
            lineByBPS[bps] = region.line
        }
        regions.append(region)
    }
}
