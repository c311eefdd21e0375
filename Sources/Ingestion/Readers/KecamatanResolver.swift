/// Turns a code cell into a Kemendagri kecamatan code the run knows (docs/INPUTS.md "Regions"): BPS 7-digit
/// codes are translated through the regions file, and with a regions file a code must be in it.
///
/// A class, so the per-row closures that call it share one reference instead of copying the
/// tables it holds.
final class KecamatanResolver: Sendable {
    /// The master list, when the config names one and it could be read.
    let regions: RegionsTable?
    /// Codes known from elsewhere (the population data) when there is no master list; nil = no check.
    let known: Set<KecamatanCode>?

    /// Creates a resolver over the master list, or over the known codes when there is none.
    init(regions: RegionsTable?, known: Set<KecamatanCode>?) {
        self.regions = regions
        self.known = known
    }

    /// The Kemendagri code for a parsed code, or the reason it cannot be used.
    func resolve(_ code: RegionCode) -> Result<KecamatanCode, ValueError> {
        let kecamatan: KecamatanCode
        switch code {
        case .kecamatan(let value):
            kecamatan = value
        case .bpsKecamatan(let bps):
            guard let regions else {
                return .failure(
                    ValueError(
                        "BPS code cannot be translated: no regions file was read",
                        hint:
                            "name a usable regions file with a kode_bps column in the config, or use the Kemendagri code"
                    ))
            }
            guard let value = regions.kemendagriCode(forBPS: bps) else {
                return .failure(
                    ValueError(
                        "BPS code not in the regions file's kode_bps column",
                        hint: "check the code, or add it to the regions file"))
            }
            kecamatan = value
        case .kabupaten, .province:
            return .failure(
                ValueError("not a kecamatan code", hint: "give the kecamatan's code, e.g. 65.02.01"))
        }
        if let regions, !regions.contains(kecamatan) {
            return .failure(unknown(in: "the regions file"))
        }
        if regions == nil, let known, !known.contains(kecamatan) {
            return .failure(unknown(in: "the population data"))
        }
        return .success(kecamatan)
    }

    /// Parses and resolves a cell in one step.
    func parse(_ text: String) -> Result<KecamatanCode, ValueError> {
        RegionCodeParser.parseKecamatan(text).flatMap(resolve)
    }

    private func unknown(in place: String) -> ValueError {
        ValueError("unknown kecamatan code (not in \(place))", hint: "check the code against \(place)")
    }
}
