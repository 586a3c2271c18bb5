import Foundation
import XCTest

/// Issue 28, items 1 and 2, through the binary: the run's language comes from `--lang`, then the
/// environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), then the questionnaire; what is inferred is said
/// on stderr, and the summary line is in that language.
final class LanguageEndToEndTests: XCTestCase {
    private let barometer = ["Questionnaires/smart-city-barometer/questionnaire.json", "Questionnaires/smart-city-barometer/sample-responses.csv"]

    /// Scores the barometer sample (French by default) with `options` and `environment`.
    private func score(_ options: [String] = [], _ environment: [String: String] = [:]) throws -> (run: EndToEndTests.Run, summary: String) {
        let out = try temporaryFolder()
        let run = try EndToEndTests.runBinary(["score"] + barometer + ["--format", "markdown", "--out", out.path] + options, environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        return (run, try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8))
    }

    func testTheLanguageComesFromLangThenLCALLThenLCMESSAGESThenLANGThenTheQuestionnaire() throws {
        let questionnaire = barometer[0]
        let fallback = try score()
        XCTAssertTrue(fallback.run.stdout.hasPrefix("12 répondants évalués\u{202F}; "), fallback.run.stdout)
        XCTAssertEqual(fallback.run.stderr, "")
        XCTAssertTrue(fallback.summary.contains("## Classement"))

        let flemish = try score([], ["LANG": "nl_BE.UTF-8"])
        XCTAssertTrue(flemish.run.stdout.hasPrefix("12 respondenten gescoord; "), flemish.run.stdout)
        XCTAssertEqual(flemish.run.stderr,
                       "\(questionnaire): note: de teksten zijn in het Nederlands (nl), zoals LANG=nl_BE.UTF-8 vraagt; --lang kiest een andere taal\n")
        XCTAssertTrue(flemish.summary.contains("## Rangschikking"))

        let messages = try score([], ["LANG": "nl_BE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"])
        XCTAssertTrue(messages.run.stdout.hasPrefix("Scored 12 respondents; "), "LC_MESSAGES beats LANG: \(messages.run.stdout)")
        XCTAssertTrue(messages.run.stderr.contains("as LC_MESSAGES=en_GB.UTF-8 asks"), messages.run.stderr)

        let all = try score([], ["LANG": "nl_BE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8", "LC_ALL": "fr_CH.UTF-8"])
        XCTAssertTrue(all.run.stdout.hasPrefix("12 répondants évalués"), "LC_ALL beats both: \(all.run.stdout)")
        XCTAssertEqual(all.run.stderr, "", "French is the questionnaire's default: nothing was changed to say")

        let option = try score(["--lang", "en-GB"], ["LC_ALL": "nl_BE.UTF-8"])
        XCTAssertTrue(option.run.stdout.hasPrefix("Scored 12 respondents; "), "--lang beats the environment: \(option.run.stdout)")
        XCTAssertEqual(option.run.stderr, "\(questionnaire): note: --lang en-GB is read as English (en)\n")
        XCTAssertTrue(option.summary.contains("## Ranking"))

        for tag in ["nl-BE", "NL", "nl_BE.UTF-8"] {
            XCTAssertTrue(try score(["--lang", tag]).summary.contains("## Rangschikking"), tag)
        }
        XCTAssertTrue(try score(["--lang", "fr-BE"]).summary.contains("## Classement"))
    }

    /// Issue 28, item 1: what `score --lang nl` says about a responses file's structure (a question
    /// without a column, a duplicate id) is Dutch, like its status line.
    func testAResponsesFilesStructureIsDescribedInTheRunsLanguage() throws {
        let folder = try temporaryFolder()
        let questionnaire = try JSONSerialization.jsonObject(with: Data(contentsOf: EndToEndTests.root.appendingPathComponent(EndToEndTests.questionnaire)))
        let ids = try XCTUnwrap(((questionnaire as? [String: Any])?["questions"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
        let answered = ids.dropLast()
        let empty = String(repeating: ",", count: answered.count)
        let responses = folder.appendingPathComponent("answers.csv")
        try Data("id,name,\(answered.joined(separator: ","))\nx,X\(empty)\nx,Y\(empty)\n".utf8).write(to: responses)
        let run = try EndToEndTests.runBinary(["score", EndToEndTests.questionnaire, responses.path, "--lang", "nl", "--format", "markdown",
                                                "--out", folder.appendingPathComponent("out").path])
        XCTAssertTrue(run.stderr.contains("\(responses.path):1:id: warning: geen kolom voor vraag \(ids[ids.count - 1]); die telt als onbeantwoord\n"), run.stderr)
        XCTAssertTrue(run.stderr.contains(#"\#(responses.path):3:id: error: dubbele id van respondent "x" (eerst op rij 2); ids moeten uniek zijn. De rij wordt weggelaten."#),
                      run.stderr)
        XCTAssertFalse(run.stderr.contains("unanswered") || run.stderr.contains("duplicate"), run.stderr)
    }

    /// Issue 28, item 6: the sample's "rural"/"urban" are labelled in the report's language; CSV keeps the value.
    func testACategorysValuesAreLabelledInTheReportsLanguage() throws {
        for (language, label, value) in [("nl", "Gebied", "stedelijk"), ("fr", "Zone", "urbain"), ("en", "Area", "urban")] {
            let out = try temporaryFolder()
            let run = try EndToEndTests.runBinary(["score"] + barometer + ["--format", "markdown,csv", "--lang", language, "--out", out.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            let report = try String(contentsOf: out.appendingPathComponent("municipalities/scheldestad.md"), encoding: .utf8)
            XCTAssertTrue(report.contains("| \(label) | \(value) |"), report)
            let scores = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8)
            XCTAssertTrue(scores.contains(",urban,"), "CSV keeps the value as written")
        }
        let out = try temporaryFolder()
        let compared = try EndToEndTests.runBinary(["compare"] + barometer + ["--group-by", "area", "--min-group", "1", "--format", "markdown,csv,svg",
                                                                                 "--lang", "nl", "--out", out.path])
        XCTAssertEqual(compared.status, 0, compared.stderr)
        let comparison = try String(contentsOf: out.appendingPathComponent("comparison.md"), encoding: .utf8)
        XCTAssertTrue(comparison.contains("| landelijk | ") && comparison.contains("| stedelijk | "), "the peer groups by their Dutch labels: \(comparison)")
        let groups = try String(contentsOf: out.appendingPathComponent("groups.csv"), encoding: .utf8)
        XCTAssertTrue(groups.contains("rural,") && !groups.contains("landelijk"), groups)
        let radar = try String(contentsOf: out.appendingPathComponent("charts/radar-scheldestad.svg"), encoding: .utf8)
        XCTAssertTrue(radar.contains(">Mediaan stedelijk<"), "the group median's legend by the Dutch label: \(radar)")
    }

    /// Issue 28, item 6, in `stats`: the groups by their labels in the report's language, the files by the value as written.
    func testStatsLabelsItsGroupsInTheReportsLanguageAndKeepsTheValuesInItsFiles() throws {
        for (language, rural, urban, counted) in [("nl", "landelijk", "stedelijk", "volgens gebied"), ("fr", "rural", "urbain", "selon zone"),
                                                  ("en", "rural", "urban", "by area")] {
            let out = try temporaryFolder()
            let run = try EndToEndTests.runBinary(["stats"] + barometer + ["--group-by", "area", "--lang", language, "--out", out.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            let report = try String(contentsOf: out.appendingPathComponent("statistics.md"), encoding: .utf8)
            XCTAssertTrue(report.contains("| \(rural) | 5 | ") && report.contains("| \(urban) | 7 | "), "\(language): \(report)")
            XCTAssertTrue(report.contains(counted), "\(language): the grouping column by its label: \(report)")
            let statistics = try String(contentsOf: out.appendingPathComponent("statistics.csv"), encoding: .utf8)
            XCTAssertTrue(statistics.contains("\nurban,") && statistics.contains("\nrural,"), "CSV keeps the values as written")
            XCTAssertFalse(statistics.contains("stedelijk") || statistics.contains("urbain"), statistics)
        }
    }

    /// Issue 28, item 1: `validate`'s verdicts, the questionnaire listing and the summary of
    /// `uncertainty` are in the run's language too.
    func testTheVerdictsTheListingAndTheUncertaintySummaryAreInTheRunsLanguage() throws {
        let (questionnaire, responses) = (barometer[0], barometer[1])
        let other = "Questionnaires/i-monitor/sample-responses.csv"
        let dutch = try EndToEndTests.runBinary(["validate"] + barometer, environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        XCTAssertEqual(dutch.stdout, "\(questionnaire): geldig\n\(responses): geldig\n")
        let french = try EndToEndTests.runBinary(["validate", questionnaire, other, "--lang", "fr-BE"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(french.status, 1)
        XCTAssertEqual(french.stdout, "\(questionnaire)\u{202F}: valide\n\(other)\u{202F}: invalide (1 erreur)\n")
        let english = try EndToEndTests.runBinary(["validate", questionnaire, other, "--lang", "en"], environment: ["LANG": "fr_BE.UTF-8"])
        XCTAssertEqual(english.stdout, "\(questionnaire): valid\n\(other): invalid (1 error)\n")

        let listing = try EndToEndTests.runBinary(["questionnaires", "--lang", "nl"])
        XCTAssertEqual(listing.status, 0, listing.stderr)
        XCTAssertTrue(listing.stdout.hasPrefix("ID "), listing.stdout)
        XCTAssertEqual(listing.stdout.split(separator: "\n").first?.split(separator: " "), ["ID", "VERSIE", "DIMENSIES", "VRAGEN", "TALEN", "TITEL", "PAD"])

        let out = try temporaryFolder()
        let uncertainty = try EndToEndTests.runBinary(["uncertainty"] + barometer + ["--draws", "20", "--lang", "nl", "--format", "csv", "--out", out.path])
        XCTAssertEqual(uncertainty.status, 0, uncertainty.stderr)
        XCTAssertTrue(uncertainty.stdout.hasPrefix("12 gemeenten geanalyseerd over 20 trekkingen; het type blijft in minstens 90\u{202F}% van de trekkingen voor "),
                      uncertainty.stdout)
    }

    func testTheQuestionnaireListingAndATemplateFollowTheLanguageToo() throws {
        let empty = try temporaryFolder()
        let listing = try EndToEndTests.runBinary(["questionnaires", empty.path], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(listing.status, 1)
        XCTAssertEqual(listing.stderr, "\(empty.path): error: hier is geen vragenlijst gevonden (een .json-bestand met een object op het hoogste niveau); "
                       + "noem de map die ze bevat: smartcity questionnaires MAP\n")
        let template = try EndToEndTests.runBinary(["template", barometer[0], "--format", "markdown"], environment: ["LC_ALL": "en_US.UTF-8"])
        XCTAssertEqual(template.status, 0, template.stderr)
        XCTAssertTrue(template.stdout.contains("What is your position in the municipality?"), template.stdout)
        let french = try EndToEndTests.runBinary(["template", barometer[0], "--format", "markdown", "--lang", "fr-CH"])
        XCTAssertTrue(french.stdout.contains("Questionnaire\u{202F}: smart-city-barometer"), french.stdout)
    }
}
