/// How many workers of one role a kecamatan needs (docs/INPUTS.md "Plan config" `[norms.ROLE]`,
/// docs/METHOD.md "Required workers").
///
/// The requirement is the largest of the four norms, so a norm of 0 simply drops out. All values are ≥ 0.
public struct WorkforceNorm: Sendable, Equatable {
    /// Workers per kecamatan, whatever its size.
    public var perKecamatan: Double
    /// Workers per desa/kelurahan of the kecamatan.
    public var perDesa: Double
    /// Residents one worker serves; 0 = no population norm.
    public var populationPerWorker: Double
    /// Social-welfare cases one worker handles; 0 = no caseload norm.
    public var casesPerWorker: Double

    /// Creates a norm; every value defaults to 0 (no requirement).
    public init(
        perKecamatan: Double = 0, perDesa: Double = 0, populationPerWorker: Double = 0, casesPerWorker: Double = 0
    ) {
        self.perKecamatan = perKecamatan
        self.perDesa = perDesa
        self.populationPerWorker = populationPerWorker
        self.casesPerWorker = casesPerWorker
    }

    /// The norms of the example in docs/INPUTS.md "Plan config", used for a role (or a key) the config leaves out:
    /// one TKSK per kecamatan, one PSM per desa.
    public static let defaults: [Role: WorkforceNorm] = [
        .tksk: WorkforceNorm(perKecamatan: 1),
        .psm: WorkforceNorm(perDesa: 1),
    ]
}
