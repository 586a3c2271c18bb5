import SmartCityKit

extension WorkProgress {
    /// Counted resamples or draws shown as a progress line on the console's stderr, in the run's
    /// language (`ProgressMeter`); nil when not `shown` (not a terminal, or `--quiet`).
    static func line(shown: Bool, language: String, console: Console) -> WorkProgress? {
        guard shown else { return nil }
        var meter = ProgressMeter(strings: ProgressStrings.forLanguage(language), started: Console.now)
        return WorkProgress { phase, done, total in
            if let line = meter.counting(phase, done, of: total, at: Console.now) { console.progress(line) }
        }
    }
}
