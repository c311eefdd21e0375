/// The accounting of one input file (docs/INPUTS.md "Accepted, rejected, skipped"; the manifest):
/// `read = accepted + rejected + skipped`.
///
/// `read` counts the data rows and blank lines after the header; a quoted record that spans
/// several lines counts once.
package struct RowCounts: Sendable, Equatable, Codable {
    /// Data rows and blank lines after the header.
    package var read = 0
    /// Rows taken into the tables.
    package var accepted = 0
    /// Rows rejected with a reason.
    package var rejected = 0
    /// Blank lines and lines whose every field is empty.
    package var skipped = 0

    /// Creates counts, zero by default.
    package init(read: Int = 0, accepted: Int = 0, rejected: Int = 0, skipped: Int = 0) {
        self.read = read
        self.accepted = accepted
        self.rejected = rejected
        self.skipped = skipped
    }

    /// True when every row read is accounted for.
    package var balances: Bool { read == accepted + rejected + skipped }
}
