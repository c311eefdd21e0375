/// A message for the user in capplan's one shape: `LOCATION: what is wrong — what to do`.
///
/// Every error and every row diagnostic is worded as one of these, and ``description`` is the only place
/// that puts the parts together: the location (``SourceLocation``) and `: ` when there is one, the problem,
/// and ` — ` and the remedy when there is one.
package struct ProblemMessage: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, or nil when it is about no file (a command-line value, a whole run).
    package var location: SourceLocation?
    /// What is wrong.
    package var problem: String
    /// What to do about it, or nil when the message says no more.
    package var remedy: String?

    /// A message about `location`.
    package init(_ location: SourceLocation?, _ problem: String, remedy: String? = nil) {
        self.location = location
        self.problem = problem
        self.remedy = remedy
    }

    /// A message about the whole of `file`.
    package init(file: String, _ problem: String, remedy: String? = nil) {
        self.init(SourceLocation(file), problem, remedy: remedy)
    }

    /// This message placed at `location` (a library's message about a file it was handed as bytes).
    package func at(_ location: SourceLocation) -> ProblemMessage {
        ProblemMessage(location, problem, remedy: remedy)
    }

    /// `LOCATION: what is wrong — what to do`, each part left out when absent.
    package var description: String {
        let place = location.map { "\($0): " } ?? ""
        let todo = remedy.map { " — \($0)" } ?? ""
        return place + problem + todo
    }
}
