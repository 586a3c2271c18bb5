import Dispatch
import Foundation

/// What a run must remove when SIGTERM or SIGINT ends it: the staging folders, locks and
/// temporary files of the outputs that are open. The signals are taken by Dispatch sources, so
/// the cleanup runs on a queue of its own (not in a signal handler, where removing a folder is
/// not safe); it waits for a swap that has begun, so the previous or the new report set is left
/// whole, never a mix. The process then exits with 128 + the signal (130, 143), as shells do.
package final class InterruptCleanup: @unchecked Sendable {
    /// The one registry of the process.
    package static let shared = InterruptCleanup()

    /// Held while an output swaps files into place, and by the cleanup: one waits for the other.
    private let guardLock = NSRecursiveLock()
    private var actions: [Int: () -> Void] = [:]
    private var nextToken = 0
    private var sources: [DispatchSourceSignal] = []

    /// Removes what the open outputs left, then ends the process, on SIGTERM and SIGINT.
    package func installSignalHandlers() {
        guardLock.lock()
        defer { guardLock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGTERM, SIGINT] {
            // Ignored as a signal, so that only the source sees it (Dispatch's documented pattern).
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [unowned self] in
                self.runAll()
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Adds an action for an interrupt; the token removes it again.
    func register(_ action: @escaping () -> Void) -> Int {
        guardLock.lock()
        defer { guardLock.unlock() }
        nextToken += 1
        actions[nextToken] = action
        return nextToken
    }

    /// Removes an action: what it would clean up is gone or in place.
    func unregister(_ token: Int) {
        guardLock.lock()
        defer { guardLock.unlock() }
        actions[token] = nil
    }

    /// Runs `body` (a swap) without an interrupt's cleanup in the middle of it.
    func uninterrupted<Result>(_ body: () throws -> Result) rethrows -> Result {
        guardLock.lock()
        defer { guardLock.unlock() }
        return try body()
    }

    /// Runs every registered action once, after a swap that has begun is done. The lock stays
    /// held: the process ends right after, and no swap may start meanwhile.
    func runAll() {
        guardLock.lock()
        let pending = actions.sorted { $0.key < $1.key }.map(\.value)
        actions = [:]
        for action in pending { action() }
    }
}
