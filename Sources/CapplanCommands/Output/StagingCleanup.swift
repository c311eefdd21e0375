import Foundation
import Synchronization

/// The staging folders this process has beside its output folders, removed when SIGINT or SIGTERM
/// arrives (docs/METHOD.md "Outputs: general rules").
///
/// No code runs inside a signal handler: ``installSignalHandling()`` blocks SIGINT and SIGTERM in the
/// calling thread (the main thread, before any other thread is started, so every later thread inherits
/// the mask) and starts one thread that takes them with `sigwait`. That thread marks the process as
/// terminating, so no staging folder is swapped into place any more, moves each registered folder
/// aside (a writer still running then finds no folder to create files in) and removes it, then exits
/// with 128 + the signal's number, as a shell reports a process killed by it (130, 143).
enum StagingCleanup {
    /// What the signal thread and the publisher share.
    private struct State {
        /// The staging folders that exist now.
        var folders: Set<String> = []
        /// A signal arrived: nothing more is swapped into place.
        var terminating = false
        /// The signal thread is running.
        var installed = false
    }

    /// The shared state, behind a lock.
    private static let state = Mutex(State())

    /// The signals that remove the staging folders before the process ends.
    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// Blocks SIGINT and SIGTERM and starts the thread that handles them; once per process. Call it from
    /// the main thread before any work starts threads.
    static func installSignalHandling() {
        let first = state.withLock { state in
            defer { state.installed = true }
            return !state.installed
        }
        guard first else { return }
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread {
            var set = sigset_t()
            sigemptyset(&set)
            for signal in StagingCleanup.signals { sigaddset(&set, signal) }
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            StagingCleanup.terminate(received)
        }
        thread.name = "capplan signals"
        thread.start()
    }

    /// Creates the staging folder `folder` with `make` (true when it was made) and records it, in one step
    /// with respect to a signal: once a signal has arrived no folder is made (the thread is parked until the
    /// process ends). Whether `make` succeeded.
    static func create(_ folder: String, by make: () -> Bool) -> Bool {
        let made = state.withLock { state -> Bool? in
            if state.terminating { return nil }
            guard make() else { return false }
            state.folders.insert(folder)
            return true
        }
        guard let made else {
            parkIfTerminating()
            return false
        }
        return made
    }

    /// Forgets a staging folder removed or swapped into place.
    static func unregister(_ folder: String) {
        state.withLock { _ = $0.folders.remove(folder) }
    }

    /// Runs `swap` unless a signal has arrived (then returns false without running it); a signal arriving
    /// meanwhile waits for the swap to finish.
    static func unlessTerminating<E: Error>(_ swap: () throws(E) -> Void) throws(E) -> Bool {
        try state.withLock { (state) throws(E) -> Bool in
            if state.terminating { return false }
            try swap()
            return true
        }
    }

    /// Parks the calling thread for good when a signal has arrived: the signal thread is removing the staging
    /// folders and ends the process, and a write failing because its folder was moved away is not reported.
    static func parkIfTerminating() {
        guard state.withLock({ $0.terminating }) else { return }
        while true { sleep(60) }
    }

    /// Removes every registered staging folder and exits with 128 + `signal`.
    private static func terminate(_ signal: Int32) -> Never {
        let folders = state.withLock { state in
            state.terminating = true
            return state.folders
        }
        for folder in folders {
            let aside = folder + "-old"
            let target = rename(folder, aside) == 0 ? aside : folder
            // A writer thread may still be closing a file in it: try again, briefly.
            for _ in 0..<3 {
                if (try? FileManager.default.removeItem(atPath: target)) != nil || access(target, F_OK) != 0 { break }
            }
        }
        exit(128 + signal)
    }
}
