import Foundation
import XCTest

/// `compare` draws a radar chart per municipality for every one of a cohort of at most 50, for
/// the `--select`ed ones of a larger cohort, and says how to get them when it draws none, and
/// what its cohort charts draw of a larger cohort.
extension EndToEndTests {
    func testCompareOfFiftyOneMunicipalitiesDrawsNoRadarWithoutSelectAndSaysHowToGetThem() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("cohort.csv").path
        XCTAssertEqual(try run(["generate", Self.questionnaire, "--count", "51", "-o", responses]).status, 0)
        let all = folder.appendingPathComponent("all")
        let compared = try run(["compare", Self.questionnaire, responses, "--out", all.path])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        XCTAssertEqual(compared.stdout, "51 gemeenten vergeleken; 10 bestanden geschreven in \(all.path)/; geen radardiagram per gemeente voor meer dan 50 "
                       + "gemeenten; --select ID,ID,... tekent er een voor elke genoemde gemeente; ranking.svg en heatmap.svg tekenen de bovenste en onderste 25, "
                       + "strips.svg hoeveel gemeenten elke score hebben\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: all.appendingPathComponent("charts").path).sorted(),
                       ["distribution.svg", "heatmap.svg", "ranking.svg", "strips.svg"])
        let ranks = try String(contentsOf: all.appendingPathComponent("ranks.csv"), encoding: .utf8)
        XCTAssertEqual(ranks.split(separator: "\n").count, 52, "every municipality is still compared")

        let selected = folder.appendingPathComponent("selected")
        let chosen = try run(["compare", Self.questionnaire, responses, "--select", "gen-000007,gen-000042", "--out", selected.path])
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertEqual(chosen.stdout, "51 gemeenten vergeleken; 12 bestanden geschreven in \(selected.path)/; ranking.svg en heatmap.svg tekenen de bovenste "
                       + "en onderste 25 en de gekozen, strips.svg hoeveel gemeenten elke score hebben\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: selected.appendingPathComponent("charts").path).sorted(),
                       ["distribution.svg", "heatmap.svg", "radar-gen-000007.svg", "radar-gen-000042.svg", "ranking.svg", "strips.svg"])
    }
}
