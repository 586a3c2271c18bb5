import Foundation

/// Long work counted in steps as they finish, on any core, for a progress line: the bootstrap's
/// resamples, the Monte Carlo draws, the rows of the sensitivity design. Each step is told to
/// `report` (the phase, the steps done, all of them) one at a time, in the order counted; what
/// `report` shows, and whether anything is shown at all, is the caller's (`ProgressMeter`: only on
/// a terminal).
package final class WorkProgress: @unchecked Sendable {
    /// What is being counted.
    package enum Phase: Sendable, Equatable {
        /// Bootstrap resamples of the respondents (the reliability intervals).
        case resamples
        /// Monte Carlo draws of the analyst's choices.
        case draws
        /// Rows of the sensitivity design.
        case sensitivityRows
    }

    private let lock = NSLock()
    private var phase = Phase.resamples
    private var done = 0
    private var total = 0
    /// Called under the lock: never twice at once.
    private let report: (Phase, Int, Int) -> Void

    package init(report: @escaping (_ phase: Phase, _ done: Int, _ total: Int) -> Void) {
        self.report = report
    }

    /// Starts counting `total` steps of `phase` (reported as none done yet).
    func start(_ phase: Phase, total: Int) {
        lock.withLock {
            (self.phase, done, self.total) = (phase, 0, total)
            report(phase, 0, total)
        }
    }

    /// One more step done.
    func step() {
        lock.withLock {
            done += 1
            report(phase, done, total)
        }
    }
}
