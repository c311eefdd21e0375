extension ScenarioSet {
    /// The rows that came from `files`, in their original order, so one ingestion of several
    /// scenario files can be analysed file by file (`capplan whatif --variant`): later rows and
    /// files still win among those kept.
    package func restricted(to files: Set<String>) -> ScenarioSet {
        var set = ScenarioSet()
        set.populations = populations.filter { files.contains($0.file) }
        set.rates = rates.filter { files.contains($0.file) }
        return set
    }
}
