/// How far reading a responses file has got: the rows read, and the bytes read of the file's
/// size when it is a regular file being streamed (not standard input, nor a workbook read whole).
package struct ReadingProgress: Sendable, Equatable {
    package var file: String
    package var rows: Int
    package var bytesRead: Int?
    package var size: Int?

    package init(file: String, rows: Int, bytesRead: Int? = nil, size: Int? = nil) {
        self.file = file
        self.rows = rows
        self.bytesRead = bytesRead
        self.size = size
    }
}

/// The progress lines of long work for a person waiting at a terminal: while reading, the
/// percentage of the file, the rows, rows a second and the time left; while writing reports, a
/// counter; while resampling or drawing (`WorkProgress`), the steps done and the time left. At
/// most one line every `interval` seconds; the times are given, so that the lines are the same on
/// every machine.
package struct ProgressMeter {
    /// Progress shows only on a terminal, and not with `--quiet`: never on a pipe or in a file.
    package static func isShown(stderrIsTerminal: Bool, quiet: Bool) -> Bool { stderrIsTerminal && !quiet }

    /// The fewest seconds between two lines.
    static let interval = 0.25

    private let strings: ProgressStrings
    private let started: Double
    private var lastShown: Double?
    /// The work being counted and when its count started (for its time left).
    private var counting: (phase: WorkProgress.Phase, started: Double)?

    /// A meter started at `started` seconds (of any clock that the later times share).
    package init(strings: ProgressStrings, started: Double) {
        self.strings = strings
        self.started = started
    }

    /// The line for reading at `now`, or nil when the last line is less than `interval` old.
    package mutating func reading(_ progress: ReadingProgress, at now: Double) -> String? {
        guard admits(now) else { return nil }
        return Self.readingLine(progress, elapsed: now - started, strings: strings)
    }

    /// The line for `done` of `total` reports written at `now`, or nil as for reading; the last always shows.
    package mutating func writing(_ done: Int, of total: Int, at now: Double) -> String? {
        guard admits(now) || done == total else { return nil }
        return strings.writing(done, total)
    }

    /// The line for `done` of `total` steps of `phase` at `now`, or nil as for reading; the last
    /// always shows. A phase's time left counts from its first report (none done).
    package mutating func counting(_ phase: WorkProgress.Phase, _ done: Int, of total: Int, at now: Double) -> String? {
        if done == 0 || counting?.phase != phase { counting = (phase, now) }
        guard admits(now) || done == total else { return nil }
        return Self.countingLine(phase, done, of: total, elapsed: now - (counting?.started ?? now), strings: strings)
    }

    private mutating func admits(_ now: Double) -> Bool {
        if let lastShown, now - lastShown < Self.interval { return false }
        lastShown = now
        return true
    }

    /// `sample.csv: 45 % · 120000 rows · 52000 rows/s · 0:03 left`; without a known size, the
    /// rows and their rate only; the rate and time left once some time has passed.
    static func readingLine(_ progress: ReadingProgress, elapsed: Double, strings: ProgressStrings) -> String {
        var parts: [String] = []
        let share = progress.bytesRead.flatMap { read in progress.size.flatMap { $0 > 0 ? min(Double(read) / Double($0), 1) : nil } }
        if let share { parts.append("\(Int(share * 100)) %") }
        parts.append(strings.rows(progress.rows))
        if elapsed > 0 {
            parts.append(strings.rate(Int((Double(progress.rows) / elapsed).rounded())))
            if let share, share > 0, share < 1 { parts.append(strings.left(duration(elapsed * (1 - share) / share))) }
        }
        return "\(progress.file): " + parts.joined(separator: " · ")
    }

    /// `Bootstrap: 340 of 1000 resamples · 0:12 left`: the time left from the pace so far, once
    /// a step is done and until the last.
    static func countingLine(_ phase: WorkProgress.Phase, _ done: Int, of total: Int, elapsed: Double, strings: ProgressStrings) -> String {
        let line = strings.counted(phase, done, total)
        guard done > 0, done < total, elapsed > 0 else { return line }
        return line + " · " + strings.left(duration(elapsed * Double(total - done) / Double(done)))
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour, rounded up (never "0:00 left" before the end).
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }
}
