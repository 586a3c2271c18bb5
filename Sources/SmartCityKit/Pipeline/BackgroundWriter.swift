import Dispatch

/// Writes rendered parts to an output on a serial queue of its own, in the order given,
/// with at most one batch waiting; the first error stops writing and is rethrown. The rendering
/// pass writes its batches through one; a scoring pass that writes `scores-long.csv` as it
/// scores (`LongScoresStream`), its pieces' rows.
final class BackgroundWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "smartcity.report-writer")
    private let slots = DispatchSemaphore(value: 2)
    private let output: ReportOutput
    /// Set and read on `queue` only.
    private var failure: (any Error)?

    init(_ output: ReportOutput) { self.output = output }

    /// Queues a batch; throws an earlier batch's error.
    func write(_ parts: [RenderedParts]) throws {
        slots.wait()
        if let failure = queue.sync(execute: { self.failure }) {
            slots.signal()
            throw failure
        }
        queue.async {
            defer { self.slots.signal() }
            guard self.failure == nil else { return }
            do {
                for part in parts { try part.write(to: self.output) }
            } catch {
                self.failure = error
            }
        }
    }

    /// Waits until everything queued is written; throws the first error.
    func finish() throws {
        if let failure = queue.sync(execute: { self.failure }) { throw failure }
    }
}
