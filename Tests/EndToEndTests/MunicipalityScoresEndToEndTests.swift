import Foundation
import XCTest

/// `score --municipality-column`: a questionnaire fielded from the forms `template` writes, answered
/// by several respondents per municipality and exported as KoboToolbox and LimeSurvey export it,
/// scores without a mapping into one report per municipality, checked against the scores computed
/// by hand (`Fixtures/municipalities/fielded/reference.py`, which built the KoboToolbox export from
/// the XLSForm and wrote `reference.json`) and the agreement computed by pingouin and numpy
/// (`Fixtures/municipalities/reference.json`, the same answers).
extension EndToEndTests {
    private static let fielded = "Tests/SmartCityKitTests/Fixtures/municipalities/fielded"

    private static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent(path))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A CSV file without quoted cells as rows of cells, keyed by the header.
    private static func table(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.components(separatedBy: ",") }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    func testAKoboToolboxExportOfTheXLSFormScoresPerMunicipalityAsTheMeansOfItsRespondents() throws {
        let folder = try temporaryFolder()
        // The form the export was built from: the fixture's columns are its names with their group paths.
        let form = try run(["template", "\(Self.fielded)/questionnaire.json", "--format", "xlsform", "--lang", "en", "-o", folder.appendingPathComponent("form.xlsx").path])
        XCTAssertEqual(form.status, 0, form.stderr)
        let out = folder.appendingPathComponent("reports")
        let scored = try run(["score", "\(Self.fielded)/questionnaire.json", "\(Self.fielded)/kobo-export.csv", "--municipality-column", "municipality",
                              "--lang", "en", "--format", "markdown,csv,json", "--out", out.path])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(scored.stderr.contains("read as an export of KoboToolbox"), scored.stderr)
        XCTAssertFalse(scored.stderr.contains("mapping"), "no mapping is asked for: \(scored.stderr)")
        XCTAssertTrue(scored.stdout.hasPrefix("Scored 15 respondents of 6 municipalities; wrote "), "the status line counts the municipalities: \(scored.stdout)")

        let expected = try XCTUnwrap(Self.json("\(Self.fielded)/reference.json")["municipalities"] as? [String: [String: Any]])
        let municipalities = try Self.table(out.appendingPathComponent("scores.csv"))
        XCTAssertEqual(municipalities.map { $0["id"] }, ["Aalst", "Beveren", "Geel", "Hasselt", "Ieper", "Kortrijk"], "one row per municipality, as first seen")
        for row in municipalities {
            let reference = try XCTUnwrap(expected[row["id"]!])
            for measure in ["alpha", "beta", "total"] {
                let values = try XCTUnwrap(reference[measure] as? [String: Any])
                XCTAssertEqual(row[measure], values["csv"] as? String, "\(row["id"]!) \(measure): the exact mean of its respondents' scores")
            }
            XCTAssertEqual(row["type"], (reference["total"] as? [String: Any])?["band"] as? String, "\(row["id"]!): the type of the mean total")
        }
        XCTAssertEqual(municipalities.first { $0["id"] == "Hasselt" }?["rank"], "5")

        // Their number and spread, per municipality and measure, beside the scores.
        for row in try Self.table(out.appendingPathComponent("municipalities.csv")) {
            let reference = try XCTUnwrap(expected[row["municipality"]!])
            let values = try XCTUnwrap(reference[row["measure"]!] as? [String: Any])
            XCTAssertEqual(Int(row["respondents"]!), reference["respondents"] as? Int)
            XCTAssertEqual(try XCTUnwrap(Double(row["mean"]!)), try XCTUnwrap(values["decimal"] as? Double), accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(Double(row["min"]!)), try XCTUnwrap(values["min"] as? Double), accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(Double(row["max"]!)), try XCTUnwrap(values["max"] as? Double), accuracy: 1e-9)
            if let sd = values["sd"] as? Double {
                XCTAssertEqual(try XCTUnwrap(Double(row["sd"]!)), sd, accuracy: 1e-9, "\(row["municipality"]!) \(row["measure"]!) SD")
            } else {
                XCTAssertEqual(row["sd"], "", "one respondent: no SD")
            }
        }

        // The agreement between respondents, as pingouin's formulas give it on this unbalanced design.
        let pingouin = try XCTUnwrap(Self.json("Tests/SmartCityKitTests/Fixtures/municipalities/reference.json")["unbalanced"] as? [String: [String: Any]])
        let agreement = try Self.table(out.appendingPathComponent("agreement.csv"))
        XCTAssertEqual(agreement.map { $0["measure"] }, ["alpha", "beta", "total"])
        for row in agreement {
            let reference = try XCTUnwrap(pingouin[row["measure"]!])
            for (column, key) in [("icc1", "icc1"), ("icc1k", "icc1k"), ("f", "f"), ("p_value", "pValue"), ("group_size", "groupSize")] {
                XCTAssertEqual(try XCTUnwrap(Double(row[column]!)), try XCTUnwrap(reference[key] as? Double), accuracy: 1e-9, "\(row["measure"]!) \(column)")
            }
            let interval = try XCTUnwrap(reference["icc1Ci"] as? [Double])
            XCTAssertEqual(try XCTUnwrap(Double(row["icc1_low"]!)), interval[0], accuracy: 1e-9)
            XCTAssertEqual(try XCTUnwrap(Double(row["icc1_high"]!)), interval[1], accuracy: 1e-9)
        }

        // Every respondent keeps its own scores; the reports state the rule with the respondents' spread.
        let respondents = try Self.table(out.appendingPathComponent("respondents/scores.csv"))
        XCTAssertEqual(respondents.count, 15)
        XCTAssertEqual(respondents.first { $0["id"] == "r02" }?["total"], "84.3750", "(3 × 87.5 + 75) / 4")
        let hasselt = try String(contentsOf: out.appendingPathComponent("municipalities/hasselt.md"), encoding: .utf8)
        XCTAssertTrue(hasselt.contains("**Total score: 20.94 / 100** · **Maturity: Low**"), hasselt)
        XCTAssertTrue(hasselt.contains("This municipality has 4 complete respondents in column municipality."), hasselt)
        XCTAssertTrue(hasselt.contains("| Alpha | 4 | 21.88 | 31.66 | 0.00 | 68.75 |"), hasselt)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("6 municipalities, 15 respondents"), summary)
        XCTAssertTrue(summary.contains("respondents/scores.csv and respondents/scores-long.csv hold the respondents' own scores"), summary)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("scores.json"))) as? [String: Any])
        let entries = try XCTUnwrap(json["respondents"] as? [[String: Any]])
        XCTAssertEqual(entries.map { ($0["respondents"] as? [String: Any])?["count"] as? Int }, [2, 2, 3, 4, 3, 1])
    }

    func testALimeSurveyExportOfItsStructureScoresPerMunicipalityLeavingUnsubmittedResponsesOut() throws {
        let questionnaire = "\(Self.fielded)/questionnaire.json"
        let structure = try run(["template", questionnaire, "--format", "limesurvey", "--lang", "en"])
        XCTAssertEqual(structure.status, 0, structure.stderr)
        // The structure's questions: code, type, subquestion codes and answer codes, in order.
        var questions: [(code: String, type: String, subquestions: [String], answers: [String])] = []
        for line in structure.stdout.split(separator: "\n").dropFirst() {
            let cells = line.components(separatedBy: "\t")
            switch cells[2] {
            case "Q": questions.append((cells[4], cells[3], [], []))
            case "SQ": questions[questions.count - 1].subquestions.append(cells[4])
            case "A": questions[questions.count - 1].answers.append(cells[4])
            default: break
            }
        }
        XCTAssertEqual(questions.map(\.code), ["municipality", "role", "A1", "A2", "A3", "B1", "B2", "B3", "B4"])
        // The same answers as the KoboToolbox export, and one response never submitted (its answers would change Aalst's scores).
        let answers = try Self.table(Self.root.appendingPathComponent("Tests/SmartCityKitTests/Fixtures/municipalities/unbalanced.csv"))
        let roles = ["alderman", "it-lead", "communication", "secretary"]
        var rows: [[String: String]] = answers.enumerated().map { number, row in row.merging(["role": roles[number % roles.count], "submitted": "yes"]) { $1 } }
        rows.append(["municipality": "Aalst", "role": "intern", "A1": "1", "A2": "5", "A3": "no", "B1": "x", "B2": "", "B3": "0", "B4": "0", "submitted": ""])
        var header = ["id", "submitdate", "lastpage", "startlanguage", "seed"]
        for question in questions { header += question.type == "M" ? question.subquestions.map { "\(question.code)[\($0)]" } : [question.code] }
        var lines = [header]
        for (number, row) in rows.enumerated() {
            var cells = [String(number + 1), row["submitted"]!.isEmpty ? "" : "2026-03-01 10:20:00", "3", "en", "123456"]
            for question in questions {
                let value = row[question.code]!
                switch question.type {
                case "M":
                    let chosen = value.split(separator: ";").map(String.init)
                    cells += question.subquestions.map { chosen.contains($0) ? "Y" : "" }
                case "L":
                    XCTAssertTrue(question.answers.contains(value), "\(question.code) offers the answer code \(value)")
                    cells.append(value)
                default:
                    cells.append(value)
                }
            }
            lines.append(cells)
        }
        let folder = try temporaryFolder()
        let export = folder.appendingPathComponent("results-survey123456.csv")
        try Data(lines.map { $0.map { "\"\($0)\"" }.joined(separator: ",") + "\n" }.joined().utf8).write(to: export)

        let out = folder.appendingPathComponent("reports")
        let scored = try run(["score", questionnaire, export.path, "--municipality-column", "municipality", "--lang", "en", "--format", "csv,markdown", "--out", out.path])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(scored.stderr.contains("read as an export of LimeSurvey"), scored.stderr)
        XCTAssertTrue(scored.stdout.hasPrefix("Scored 16 respondents"), scored.stdout)
        // Municipality for municipality, the scores of the KoboToolbox export: the unsubmitted response is in none.
        let kobo = folder.appendingPathComponent("kobo")
        XCTAssertEqual(try run(["score", questionnaire, "\(Self.fielded)/kobo-export.csv", "--municipality-column", "municipality", "--format", "csv",
                                "--out", kobo.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8),
                       try String(contentsOf: kobo.appendingPathComponent("scores.csv"), encoding: .utf8))
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("agreement.csv"), encoding: .utf8),
                       try String(contentsOf: kobo.appendingPathComponent("agreement.csv"), encoding: .utf8))
        let respondents = try Self.table(out.appendingPathComponent("respondents/scores.csv"))
        XCTAssertEqual(respondents.count, 16, "the unsubmitted response is scored among the respondents")
        XCTAssertEqual(respondents.last?["rank"], "", "but not ranked")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        XCTAssertTrue(summary.contains("1 incomplete respondent is not in the means."), summary)
    }

    func testAMunicipalityColumnThatIsNotThereIsAnErrorNamingTheClosest() throws {
        let folder = try temporaryFolder()
        let result = try run(["score", "\(Self.fielded)/questionnaire.json", "\(Self.fielded)/kobo-export.csv", "--municipality-column", "municipalty",
                              "--out", folder.appendingPathComponent("reports").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("error: no metadata column \"municipalty\" names the municipalities given to --municipality-column; did you mean \"municipality\"?"),
                      result.stderr)
        XCTAssertFalse(result.stderr.contains("--keep-column municipalty"), "--keep-column was not given: the column is only said missing once\n\(result.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/scores.csv").path), "no reports")
    }

    func testAMunicipalityColumnWithNoNameCloseToItListsTheColumnsThereAreInTheRunsLanguage() throws {
        let folder = try temporaryFolder()
        let result = try run(["compare", Self.questionnaire, Self.sample, "--municipality-column", "gemeente", "--lang", "nl",
                              "--out", folder.appendingPathComponent("reports").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "\(Self.sample): error: geen metadatakolom \"gemeente\" noemt de gemeenten, zoals --municipality-column vraagt; "
                       + "de kolommen zijn name, province, population, area\n")
    }
}
