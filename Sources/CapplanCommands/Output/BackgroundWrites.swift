import Foundation

/// Writes run on threads of their own while the caller goes on; ``wait()`` gives their results in
/// the order they were started. One lock guards the results; a write never touches another's data.
final class BackgroundWrites: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var results: [Int: Result<Duration, RunDirectoryPublisher.PublishError>] = [:]
    private var started = 0

    /// Starts `work` on a global queue.
    func start(_ work: @escaping @Sendable () throws(RunDirectoryPublisher.PublishError) -> Duration) {
        let index = started
        started += 1
        DispatchQueue.global().async(group: group) {
            let result: Result<Duration, RunDirectoryPublisher.PublishError>
            do throws(RunDirectoryPublisher.PublishError) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            self.lock.withLock { self.results[index] = result }
        }
    }

    /// Waits for every write; their results in starting order.
    func wait() -> [Result<Duration, RunDirectoryPublisher.PublishError>] {
        group.wait()
        return lock.withLock { (0..<started).compactMap { results[$0] } }
    }
}
