import Foundation
import XCTest

/// Run as a user runs them: `stats --municipality-column` on several respondents per
/// municipality, and the reliable change of `compare --wave` in the report language.
final class RespondentsAndWavesEndToEndTests: XCTestCase {
    func testStatsAgreementBetweenRespondentsOfAMunicipality() throws {
        let folder = "Tests/SmartCityKitTests/Fixtures/municipalities/"
        let out = try temporaryFolder().appendingPathComponent("stats")
        let arguments = ["stats", folder + "questionnaire.json", folder + "balanced.csv", "--lang", "nl"]
        let result = try EndToEndTests.runBinary(arguments + ["--municipality-column", "municipality", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("15 respondenten van 5 gemeenten beschreven; 16 bestanden geschreven in"), result.stdout)
        let agreement = try String(contentsOf: out.appendingPathComponent("agreement.csv"), encoding: .utf8)
        // pingouin's ICC(1,1) of the balanced fixture's alpha scores: 0.5910499139414802 (reference.json).
        XCTAssertTrue(agreement.contains("\nalpha,5,15,3,true,"), agreement)
        XCTAssertTrue(agreement.contains(",0.59104991394148"), agreement)
        let markdown = try String(contentsOf: out.appendingPathComponent("statistics.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Meerdere respondenten per gemeente\n"), markdown)
        let typo = try EndToEndTests.runBinary(arguments + ["--municipality-column", "gemeente", "--out", out.path, "--force"])
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stderr.contains("geen metadatakolom \"gemeente\" noemt de gemeenten, zoals --municipality-column vraagt"), typo.stderr)
    }

    func testCompareWavesSaysWhichChangesAreReliableInDutch() throws {
        let out = try temporaryFolder().appendingPathComponent("compare")
        let result = try EndToEndTests.runBinary([
            "compare", EndToEndTests.questionnaire, "--wave", "2023=\(EndToEndTests.sample)",
            "--wave", "2024=Questionnaires/i-monitor/sample-responses-2024.csv", "--lang", "nl", "--format", "markdown,csv", "--out", out.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let waves = try String(contentsOf: out.appendingPathComponent("waves.csv"), encoding: .utf8)
        XCTAssertTrue(waves.hasPrefix("id,name,since,wave,measure,before,after,change,band_before,band_after,rci,reliable_change\n"), waves)
        XCTAssertTrue(waves.contains(",no-reliable-change\n"), waves)
        let markdown = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        XCTAssertTrue(markdown.contains("### Betrouwbare verandering\n"), markdown)
        XCTAssertTrue(markdown.contains("geen betrouwbare verandering"), markdown)
        XCTAssertTrue(markdown.contains("#### Waarop de index steunt\n"), markdown)
    }
}
