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
}
