/// The name each province of the run goes by (docs/INPUTS.md "Regions" and "Plan config"; docs/METHOD.md
/// "Interpretations" 34): the regions file's `provinsi`, unless the plan's `[region] province` names it.
///
/// - `[region] code`, when given, must be a province of the data's kecamatan, else the plan's name is not used;
///   without it the plan's name goes to the data's one province (with several it is not used).
/// - When the plan and the regions file name the same province differently, the plan's name is used.
///
/// Each of these cases is a warning naming both sides, never an error: a name is a label, and a province without
/// one is labelled by its code.
enum ProvinceNames {
    /// The names by province code, and the warnings, about the config file `path`.
    static func resolve(
        file names: [Int: String], provinces: Set<Int>, plan: PlanRegion, path: String
    ) -> (names: [Int: String], warnings: [Diagnostic]) {
        var names = names
        var warnings: [Diagnostic] = []
        func warn(_ reason: String, _ hint: String) {
            warnings.append(
                Diagnostic(
                    severity: .warning, file: path, line: nil, column: nil, reason: reason, value: nil, hint: hint))
        }
        let data = provinces.sorted().map { RegionCode.province($0).description }.joined(separator: ", ")
        if let code = plan.code, !provinces.isEmpty, !provinces.contains(code) {
            let unused = plan.province == nil ? "" : ": region.province is not used"
            warn(
                "region.code \(RegionCode.province(code)) is not a province of the data (\(data))\(unused)",
                "set region.code to the province of the kecamatan planned for")
            return (names, warnings)
        }
        guard let name = plan.province else { return (names, warnings) }
        guard let target = plan.code ?? (provinces.count == 1 ? provinces.first : nil) else {
            if provinces.count > 1 {
                warn(
                    "region.province names one province, but the data has kecamatan of \(data): it is not used",
                    "add region.code to say which province it names, or a provinsi column to the regions file")
            }
            return (names, warnings)
        }
        if let fromFile = names[target], fromFile != name {
            warn(
                "region.province \(CellEcho.quoted(name)) differs from the regions file's provinsi "
                    + "\(CellEcho.quoted(fromFile)) for province "
                    + "\(RegionCode.province(target)): the plan's name is used",
                "correct one of the two, so that both name the province alike")
        }
        names[target] = name
        return (names, warnings)
    }
}
