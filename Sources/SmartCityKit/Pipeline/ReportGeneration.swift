import Dispatch
import Foundation

/// Runs the renderers over a scoring run: the cohort's files first, then every respondent as the
/// spill is read back, then what closes the streamed files.
public enum ReportGeneration {
    public static func render(_ run: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings, output: ReportOutput) throws {
        let renderers = formats.map(\.renderer)
        let summary = run.summary
        for renderer in renderers { try renderer.begin(summary, strings: strings, output: output) }
        try run.forEachBatch(namingFiles: formats.contains(.markdown)) { batch in
            // Contiguous slices rendered on every core, written in input order.
            let slices = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 2)
            var rendered = [[RenderedParts]](repeating: [], count: slices)
            rendered.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    var parts = renderers.map { _ in RenderedParts() }
                    for ranked in batch[batch.count * slice / slices..<batch.count * (slice + 1) / slices] {
                        for (position, renderer) in renderers.enumerated() {
                            renderer.respondent(ranked, summary: summary, strings: strings, into: &parts[position])
                        }
                    }
                    slots[slice] = parts
                }
            }
            for sliceParts in rendered {
                for parts in sliceParts { try parts.write(to: output) }
            }
        }
        for renderer in renderers { try renderer.end(summary, strings: strings, output: output) }
    }

    /// Every file of the formats, in memory.
    public static func renderInMemory(_ run: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings) throws -> [RenderedFile] {
        let output = MemoryReportOutput()
        try render(run, formats: formats, strings: strings, output: output)
        return output.files
    }
}
