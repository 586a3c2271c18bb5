import XCTest
@testable import SmartCityKit

/// The progress lines of long runs: what they say, how often, and when they show at all.
final class ProgressMeterTests: XCTestCase {
    func testReadingShowsThePercentTheRowsTheirRateAndTheTimeLeft() {
        let progress = ReadingProgress(file: "big.csv", rows: 120_000, bytesRead: 45, size: 100)
        // 45 % in 2 s: 2 × 55 / 45 = 2.4 s left, shown rounded up.
        XCTAssertEqual(ProgressMeter.readingLine(progress, elapsed: 2, strings: .forLanguage("en")), "big.csv: 45 % · 120000 rows · 60000 rows/s · 0:03 left")
        XCTAssertEqual(ProgressMeter.readingLine(progress, elapsed: 2, strings: .forLanguage("nl")), "big.csv: 45 % · 120000 rijen · 60000 rijen/s · nog 0:03")
        XCTAssertEqual(ProgressMeter.readingLine(progress, elapsed: 0, strings: .forLanguage("en")), "big.csv: 45 % · 120000 rows", "no rate before any time passed")
        let piped = ReadingProgress(file: "-", rows: 500)
        XCTAssertEqual(ProgressMeter.readingLine(piped, elapsed: 4, strings: .forLanguage("en")), "-: 500 rows · 125 rows/s", "standard input: no size, no percent")
        let done = ReadingProgress(file: "a.csv", rows: 10, bytesRead: 100, size: 100)
        XCTAssertEqual(ProgressMeter.readingLine(done, elapsed: 1, strings: .forLanguage("en")), "a.csv: 100 % · 10 rows · 10 rows/s")
    }

    func testTimesLeftReadAsMinutesAndSecondsOrHours() {
        XCTAssertEqual(ProgressMeter.duration(0.2), "0:01")
        XCTAssertEqual(ProgressMeter.duration(59), "0:59")
        XCTAssertEqual(ProgressMeter.duration(61), "1:01")
        XCTAssertEqual(ProgressMeter.duration(3725), "1:02:05")
    }

    func testALineAtMostEveryQuarterSecondButTheLastCountAlways() {
        var meter = ProgressMeter(strings: .forLanguage("en"), started: 10)
        let progress = ReadingProgress(file: "a.csv", rows: 5)
        XCTAssertNotNil(meter.reading(progress, at: 10.5))
        XCTAssertNil(meter.reading(progress, at: 10.6))
        XCTAssertEqual(meter.reading(progress, at: 10.8), "a.csv: 5 rows · 6 rows/s")
        XCTAssertNil(meter.writing(1, of: 3, at: 10.9))
        XCTAssertEqual(meter.writing(3, of: 3, at: 10.95), "Writing reports: 3 of 3")
        var french = ProgressMeter(strings: .forLanguage("fr"), started: 0)
        XCTAssertEqual(french.writing(1, of: 2, at: 0), "Écriture des rapports\u{202F}: 1 sur 2")
    }

    func testProgressShowsOnlyOnATerminalAndNotWhenQuiet() {
        XCTAssertTrue(ProgressMeter.isShown(stderrIsTerminal: true, quiet: false))
        XCTAssertFalse(ProgressMeter.isShown(stderrIsTerminal: true, quiet: true))
        XCTAssertFalse(ProgressMeter.isShown(stderrIsTerminal: false, quiet: false))
        XCTAssertFalse(ProgressMeter.isShown(stderrIsTerminal: false, quiet: true))
    }

    func testCountedWorkShowsTheStepsAndTheTimeLeftFromItsOwnPace() {
        let english = ProgressStrings.forLanguage("en")
        // 250 of 1000 in 5 s: 750 more at 50 a second, 15 s.
        XCTAssertEqual(ProgressMeter.countingLine(.resamples, 250, of: 1000, elapsed: 5, strings: english), "Bootstrap: 250 of 1000 resamples · 0:15 left")
        XCTAssertEqual(ProgressMeter.countingLine(.draws, 0, of: 1000, elapsed: 0, strings: english), "Monte Carlo: 0 of 1000 draws", "no pace before a step")
        XCTAssertEqual(ProgressMeter.countingLine(.sensitivityRows, 64, of: 64, elapsed: 3, strings: english), "Sensitivity: 64 of 64 rows of the design")
        XCTAssertEqual(ProgressMeter.countingLine(.resamples, 1, of: 3, elapsed: 2, strings: .forLanguage("nl")), "Bootstrap: 1 van 3 hersteekproeven · nog 0:04")
        XCTAssertEqual(ProgressMeter.countingLine(.draws, 1, of: 2, elapsed: 1, strings: .forLanguage("fr")), "Monte-Carlo\u{202F}: 1 sur 2 tirages · encore 0:01")
        var meter = ProgressMeter(strings: english, started: 0)
        XCTAssertEqual(meter.counting(.draws, 0, of: 4, at: 10), "Monte Carlo: 0 of 4 draws")
        XCTAssertNil(meter.counting(.draws, 1, of: 4, at: 10.1), "at most a line every quarter second")
        XCTAssertEqual(meter.counting(.draws, 2, of: 4, at: 10.5), "Monte Carlo: 2 of 4 draws · 0:01 left", "paced from the draws' start, not the run's")
        XCTAssertEqual(meter.counting(.draws, 4, of: 4, at: 10.6), "Monte Carlo: 4 of 4 draws", "the last always shows")
        XCTAssertEqual(meter.counting(.sensitivityRows, 0, of: 8, at: 11), "Sensitivity: 0 of 8 rows of the design")
        XCTAssertEqual(meter.counting(.sensitivityRows, 4, of: 8, at: 13), "Sensitivity: 4 of 8 rows of the design · 0:02 left")
    }

    func testWorkCountedOnEveryCoreIsReportedOneStepAtATimeInOrder() {
        let recorder = ProgressRecorder()
        recorder.progress.start(.resamples, total: 800)
        _ = Parallel.map(Array(0..<8)) { _ in (0..<100).forEach { _ in recorder.progress.step() } }
        XCTAssertEqual(recorder.reports.count, 801)
        XCTAssertEqual(recorder.reports.map(\.done), Array(0...800))
        XCTAssertTrue(recorder.reports.allSatisfy { $0.phase == .resamples && $0.total == 800 })
    }
}

/// What a `WorkProgress` reported, in order.
final class ProgressRecorder: @unchecked Sendable {
    private(set) var reports: [(phase: WorkProgress.Phase, done: Int, total: Int)] = []
    private(set) lazy var progress = WorkProgress { [unowned self] in reports.append(($0, $1, $2)) }

    /// The steps reported of each phase, in the order the phases started.
    var steps: [(WorkProgress.Phase, Int)] {
        reports.reduce(into: []) { counts, report in
            if report.done == 0 { counts.append((report.phase, 0)) } else { counts[counts.count - 1].1 = report.done }
        }
    }
}
