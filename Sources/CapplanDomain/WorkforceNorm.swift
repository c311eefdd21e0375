/// How many workers of one role a kecamatan needs (docs/INPUTS.md "Plan config" `[norms.ROLE]`,
/// docs/METHOD.md "Required workers").
///
/// The requirement is the largest of the four norms, so a norm of 0 simply drops out. All values are ≥ 0.
package struct WorkforceNorm: Sendable, Equatable {
    /// Workers per kecamatan, whatever its size.
    package var perKecamatan: Double
    /// Workers per desa/kelurahan of the kecamatan.
    package var perDesa: Double
    /// Residents one worker serves; 0 = no population norm.
    package var populationPerWorker: Double
    /// Social-welfare cases one worker handles; 0 = no caseload norm.
    package var casesPerWorker: Double

    /// Creates a norm; every value defaults to 0 (no requirement).
    package init(
        perKecamatan: Double = 0, perDesa: Double = 0, populationPerWorker: Double = 0, casesPerWorker: Double = 0
    ) {
        self.perKecamatan = perKecamatan
        self.perDesa = perDesa
        self.populationPerWorker = populationPerWorker
        self.casesPerWorker = casesPerWorker
    }

    /// The norms of the example in docs/INPUTS.md "Plan config", used for a role (or a key) the config leaves out:
    /// one TKSK per kecamatan, one PSM per desa.
    package static let defaults = PerRole(tksk: WorkforceNorm(perKecamatan: 1), psm: WorkforceNorm(perDesa: 1))
}
