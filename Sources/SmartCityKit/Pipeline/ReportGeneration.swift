/// Runs the renderers over a scoring run: the cohort's files first, then every respondent as the
/// spill is read back, then what closes the streamed files.
public enum ReportGeneration {
    public static func render(_ run: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings, output: ReportOutput) throws {
        let renderers = formats.map(\.renderer)
        let summary = run.summary
        for renderer in renderers { try renderer.begin(summary, strings: strings, output: output) }
        try run.forEachRespondent { ranked in
            for renderer in renderers { try renderer.respondent(ranked, summary: summary, strings: strings, output: output) }
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
