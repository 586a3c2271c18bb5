import Foundation
import XCTest
@testable import SmartCityKit

final class ExplanationTests: XCTestCase {
    /// Every respondent of a bundled sample, scored as `score` scores them, with the run's summary.
    private func scoredSample(_ folder: String) throws -> (summary: CohortSummary, respondents: [ScoredRespondent]) {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(folder)/questionnaire.json").path
        let loaded = QuestionnaireLoader.load(path: path)
        let questionnaire = try XCTUnwrap(loaded.questionnaire)
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.keepsAnswerTexts = true
        settings.temporaryFolder = Fixtures.temporaryDirectory().path
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: loaded.sha256), responsePaths: [Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(folder)/sample-responses.csv").path],
            language: questionnaire.defaultLanguage, options: ReadingOptions(), settings: settings)
            .score(report: { _ in })
        var respondents: [ScoredRespondent] = []
        try run.forEachRespondent(namingFiles: false) { respondents.append($0.respondent) }
        return (run.summary, respondents)
    }

    /// "n/d" as a fraction.
    private func fraction(_ value: Any?) throws -> Fraction {
        let parts = try XCTUnwrap(value as? String).split(separator: "/")
        return Fraction(try XCTUnwrap(Int128(String(parts[0]))), try XCTUnwrap(Int128(String(parts[1]))))
    }

    private func sum(_ values: [Fraction]) throws -> Fraction { try XCTUnwrap(Fraction.sum(values)) }

    func testContributionsReAddExactlyToTheScoresOfEveryRespondentOfEveryBundledSample() throws {
        for folder in ["i-monitor", "smart-city-dimensions", "smart-city-barometer"] {
            let (summary, respondents) = try scoredSample(folder)
            XCTAssertEqual(respondents.count, 12, folder)
            for respondent in respondents {
                let explained = try XCTUnwrap(ExplainedRespondent(summary: summary, respondent: respondent, searchingChanges: false))
                let explanation = explained.explanation, score = respondent.score
                for part in explanation.parts {
                    let expected = score.dimensions[part.dimension].exactScore
                    XCTAssertEqual(part.score, expected, "\(folder) \(respondent.id)")
                    guard let expected else { continue }
                    XCTAssertEqual(try sum(part.items.compactMap(\.contribution)), expected, "\(folder) \(respondent.id) dimension \(part.dimension)")
                    XCTAssertEqual(try sum(part.items.compactMap(\.renormalisedWeight)), 1, "renormalised weights sum to one")
                }
                let total = try XCTUnwrap(score.exactTotal)
                XCTAssertEqual(explanation.total, total)
                XCTAssertEqual(try sum(explanation.parts.compactMap(\.contribution)), total, "\(folder) \(respondent.id)")
                XCTAssertEqual(try sum(explanation.parts.flatMap(\.items).compactMap(\.totalContribution)), total, "\(folder) \(respondent.id)")

                // The JSON form re-adds the same way, from its exact strings alone.
                let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ExplanationJSONRenderer().render(explained).utf8)) as? [String: Any])
                let dimensions = try XCTUnwrap(json["dimensions"] as? [[String: Any]])
                var totalPoints: [Fraction] = [], itemTotalPoints: [Fraction] = []
                for dimension in dimensions where dimension["scoreExact"] is String {
                    let items = try XCTUnwrap(dimension["items"] as? [[String: Any]]).filter { $0["contributionExact"] is String }
                    XCTAssertEqual(try sum(items.map { try fraction($0["contributionExact"]) }), try fraction(dimension["scoreExact"]))
                    totalPoints.append(try fraction(dimension["contributionExact"]))
                    itemTotalPoints += try items.map { try fraction($0["totalContributionExact"]) }
                }
                let printedTotal = try fraction((json["total"] as? [String: Any])?["scoreExact"])
                XCTAssertEqual(printedTotal, total)
                XCTAssertEqual(try sum(totalPoints), printedTotal, "\(folder) \(respondent.id)")
                XCTAssertEqual(try sum(itemTotalPoints), printedTotal, "\(folder) \(respondent.id)")
            }
        }
    }

    func testAQuestionAnsweredNotApplicableLeavesTheDimensionAndTheOthersCarryItsWeight() throws {
        let (summary, respondents) = try scoredSample("i-monitor")
        let polderveld = try XCTUnwrap(respondents.first { $0.id == "polderveld" })
        let explained = try XCTUnwrap(ExplainedRespondent(summary: summary, respondent: polderveld, searchingChanges: false))
        let information = explained.explanation.parts[1]
        XCTAssertEqual(information.applicableWeight, Fraction(14, 15), "IM08 (1/15 of the dimension) is not applicable")
        let im08 = try XCTUnwrap(information.items.first { summary.questionnaire.questions[$0.question].id == "IM08" })
        XCTAssertEqual(im08.status, .notApplicable)
        XCTAssertNil(im08.contribution)
        XCTAssertEqual(im08.weightInDimension, Fraction(1, 15))
        let im09 = try XCTUnwrap(information.items.first { summary.questionnaire.questions[$0.question].id == "IM09" })
        XCTAssertEqual(im09.weightInFactor, Fraction(1, 6))
        XCTAssertEqual(im09.weightInDimension, Fraction(1, 18))
        XCTAssertEqual(im09.renormalisedWeight, Fraction(1, 18).divided(by: Fraction(14, 15)))
        XCTAssertEqual(information.score, Fraction(125, 42), "the README's hand computation: 2.9762")
        XCTAssertEqual(explained.explanation.total, Fraction(247, 84))
    }

    // MARK: - Boundaries

    private func bands(_ rule: BoundaryRule) -> BandSet {
        BandSet(rule: rule, bands: [(0.0, 20.0), (20, 40), (40, 100)].enumerated().map { index, edges in
            Band(id: "b\(index + 1)", label: LocalizedText(["en": "B\(index + 1)"]), lower: edges.0, upper: edges.1)
        })
    }

    func testTheDistanceToBothNeighbouringBandsIsExact() throws {
        let middle = try XCTUnwrap(Explanation.boundaries(of: Fraction(247, 10), in: bands(.upperInclusive)))
        XCTAssertEqual(middle.bandBelowID, "b1")
        XCTAssertEqual(middle.bandAboveID, "b3")
        XCTAssertEqual(middle.toBandBelow, Fraction(47, 10))
        XCTAssertEqual(middle.toBandAbove, Fraction(153, 10))
        let lowest = try XCTUnwrap(Explanation.boundaries(of: Fraction(247, 84), in: bands(.upperInclusive)))
        XCTAssertNil(lowest.toBandBelow, "no band below the first")
        XCTAssertEqual(lowest.toBandAbove, Fraction(1433, 84))
        let highest = try XCTUnwrap(Explanation.boundaries(of: 100, in: bands(.upperInclusive)))
        XCTAssertNil(highest.toBandAbove, "no band above the last")
        XCTAssertEqual(highest.toBandBelow, 60)
    }

    func testATotalOnAnEdgeIsInTheBandTheRuleSaysWithDistanceZeroToThatEdge() throws {
        let upper = try XCTUnwrap(Explanation.boundaries(of: 40, in: bands(.upperInclusive)))
        XCTAssertEqual(upper.bandAboveID, "b3", "(20, 40] holds 40")
        XCTAssertEqual(upper.toBandAbove, .zero, "any rise leaves the band")
        XCTAssertEqual(upper.toBandBelow, 20)
        let lower = try XCTUnwrap(Explanation.boundaries(of: 40, in: bands(.lowerInclusive)))
        XCTAssertEqual(lower.bandBelowID, "b2", "[40, 100] holds 40")
        XCTAssertEqual(lower.toBandBelow, .zero)
        XCTAssertNil(lower.toBandAbove)
    }

    // MARK: - Changes that move the type

    /// The answers of `answers` changed by a plan's steps.
    private func applying(_ plan: TypeChanges.Plan, to answers: [Answer]) -> [Answer] {
        var changed = answers
        for step in plan.steps {
            XCTAssertEqual(changed[step.question], step.from)
            changed[step.question] = step.to
        }
        return changed
    }

    func testTheChangesToTheNextTypeReachItWhenRescoredAndTheirPointsAddUpToTheRise() throws {
        let (summary, respondents) = try scoredSample("i-monitor")
        let engine = ScoringEngine(questionnaire: summary.questionnaire)
        let heidebeek = try XCTUnwrap(respondents.first { $0.id == "heidebeek" })
        let explained = try XCTUnwrap(ExplainedRespondent(summary: summary, respondent: heidebeek))
        XCTAssertEqual(heidebeek.score.bandID, "type-2")
        let up = try XCTUnwrap(explained.changes.up), down = try XCTUnwrap(explained.changes.down)
        XCTAssertTrue(up.isProvenMinimal && down.isProvenMinimal)
        XCTAssertEqual(up.steps.count, 4)
        XCTAssertEqual(down.steps.count, 5)
        for (plan, band) in [(up, "type-3"), (down, "type-1")] {
            let rescored = engine.score(applying(plan, to: explained.answers))
            XCTAssertEqual(rescored.bandID, band)
            XCTAssertEqual(rescored.exactTotal, plan.reachedTotal)
            let rise = try XCTUnwrap(plan.reachedTotal?.subtracting(try XCTUnwrap(heidebeek.score.exactTotal)))
            XCTAssertEqual(try sum(plan.steps.compactMap(\.totalGain)), rise, "the points each change adds sum to the change of the total")
        }
    }

    func testNoSmallerSetOfAnswerChangesReachesTheNextTypeThanTheOneProposed() throws {
        let questionnaire = Fixtures.mini
        let engine = ScoringEngine(questionnaire: questionnaire)
        // A1 A2 A3 B1 B2 B3 B4: one low respondent with a "don't know" and a blank, one high.
        // Low: one change (A3) brings the total to exactly 50, still "low" in (0, 50]: two are needed.
        let low: [Answer] = [.nonAnswer(.dontKnow), .number(5), .yesNo(false), .choice(0), .choices(OptionSelection()), .blank, .number(0)]
        let high: [Answer] = [.number(5), .number(1), .yesNo(true), .choice(1), .choices(OptionSelection([0, 1])), .number(3), .number(1)]
        // Beta unanswered: the total rests on alpha, and answering beta changes what it rests on.
        let withoutBeta: [Answer] = [.number(1), .number(5), .yesNo(false), .blank, .blank, .nonAnswer(.dontKnow), .blank]
        for (answers, direction) in [(low, TypeChanges.Direction.up), (high, .down), (withoutBeta, .up)] {
            let score = engine.score(answers)
            let changes = TypeChanges(answers: answers, score: score, engine: engine)
            let plan = try XCTUnwrap(direction == .up ? changes.up : changes.down)
            XCTAssertEqual(engine.score(applying(plan, to: answers)).bandID, direction == .up ? "high" : "low")
            XCTAssertEqual(plan.steps.count, 2)
            XCTAssertEqual(plan.steps.count, bruteForceFewestChanges(answers, engine: engine, reaching: direction == .up ? "high" : "low"),
                           "every combination of every answer (not only the best ones) needs as many changes")
        }
    }

    func testTheProposedChangesAreAsFewAsBruteForceFindsForManyRespondents() throws {
        let questionnaire = Fixtures.mini
        let engine = ScoringEngine(questionnaire: questionnaire)
        var state: UInt64 = 2026
        func next(_ count: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(count))
        }
        for _ in 0..<40 {
            let answers = questionnaire.questions.map { question -> Answer in
                let choices = AnswerCosts.candidates(for: question, current: .blank) + [.blank, .nonAnswer(.dontKnow)]
                return choices[next(choices.count)]
            }
            let score = engine.score(answers)
            guard score.exactTotal != nil else { continue }
            let changes = TypeChanges(answers: answers, score: score, engine: engine)
            let band = score.bandID == "low" ? "high" : "low"
            let plan = score.bandID == "low" ? changes.up : changes.down
            XCTAssertEqual(plan?.steps.count, bruteForceFewestChanges(answers, engine: engine, reaching: band), "\(answers)")
        }
    }

    /// The fewest questions whose answers must change (to any answer) for the total to fall in `band`.
    private func bruteForceFewestChanges(_ answers: [Answer], engine: ScoringEngine, reaching band: String) -> Int? {
        let questionnaire = engine.questionnaire
        let choices: [[Answer]] = questionnaire.questions.indices.map { index in
            let question = questionnaire.questions[index]
            let alternatives: [Answer] = if case .multi(let options, _) = question.kind {
                (0..<(1 << options.count)).map { mask in .choices(OptionSelection(options.indices.filter { mask & (1 << $0) != 0 })) }
            } else {
                AnswerCosts.candidates(for: question, current: .blank)
            }
            return [answers[index]] + alternatives.filter { $0 != answers[index] }
        }
        var fewest: Int?
        var current = answers
        func visit(_ index: Int, changed: Int) {
            if let fewest, changed >= fewest { return }
            guard index < choices.count else {
                if engine.score(current).bandID == band { fewest = changed }
                return
            }
            for (position, answer) in choices[index].enumerated() {
                current[index] = answer
                visit(index + 1, changed: changed + (position == 0 ? 0 : 1))
            }
            current[index] = answers[index]
        }
        visit(0, changed: 0)
        return fewest
    }

    func testTheTopTypeHasNoChangeUpAndTheBottomTypeNoChangeDown() throws {
        let engine = ScoringEngine(questionnaire: Fixtures.mini)
        let best: [Answer] = [.number(5), .number(1), .yesNo(true), .choice(2), .choices(OptionSelection([0, 1, 2])), .number(3), .number(2)]
        let top = TypeChanges(answers: best, score: engine.score(best), engine: engine)
        XCTAssertNil(top.up)
        XCTAssertTrue(top.unreachable.isEmpty, "there is no band above: nothing to reach")
        XCTAssertNotNil(top.down)
    }

    // MARK: - Documents

    func testUnknownIdIsRefusedWithTheClosestId() {
        func seen(_ wanted: String, _ ids: [String]) -> ExplanationRun.SeenIDs {
            var seen = ExplanationRun.SeenIDs(wanted: wanted)
            for id in ids { seen.add(id) }
            return seen
        }
        let ids = ["scheldestad", "polderveldt", "polderveld", "leiezate", "bosvoorde", "demerhove", "vossendaal"]
        let diagnostic = ExplanationRun.missing("polderveid", among: seen("polderveid", ids), file: "r.csv", wording: .english)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertTrue(diagnostic.message.contains("did you mean \"polderveld\""), "the closest of two close ids: \(diagnostic.message)")
        let far = ExplanationRun.missing("x", among: seen("x", ids), file: "r.csv", wording: .english)
        XCTAssertEqual(far.message, "has no respondent with the id \"x\" (ids scheldestad, polderveldt, polderveld, leiezate, bosvoorde and 2 more); give one of its ids with --id")
    }

    func testMarkdownAndJSONOfOneSampleMunicipalityMatchTheirGoldenFiles() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let loaded = QuestionnaireLoader.load(path: path)
        let questionnaire = try XCTUnwrap(loaded.questionnaire)
        var files: [RenderedFile] = []
        // One search per language: Dutch gives the Markdown and the JSON, English the Markdown.
        for (language, formats) in [("nl", [ExplanationFormat.markdown, .json]), ("en", [.markdown])] {
            let result = ExplanationRun.explain(
                questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: loaded.sha256),
                responsesPath: Fixtures.iMonitorFile("sample-responses.csv"), id: "heidebeek", dimensionID: nil, language: language,
                options: ReadingOptions(), temporaryFolder: Fixtures.temporaryDirectory().path, report: { XCTAssertEqual($0, []) })
            let value = try XCTUnwrap(result.value, "\(result.diagnostics)")
            let strings = ReportStrings.forLanguage(language)
            for format in formats {
                let text = ExplanationRun.render(value, format: format, strings: strings)
                    .replacingOccurrences(of: Fixtures.repositoryRoot.path + "/", with: "")
                files.append(RenderedFile(relativePath: "explain/heidebeek.\(language).\(format == .json ? "json" : "md")", contents: text))
            }
        }
        try GoldenFiles.assertEqual(files)
    }

    func testTheMarkdownEscapesTheNamesAndAnswersFromTheResponsesFile() throws {
        let questionnaire = Fixtures.mini
        let path = Fixtures.write("id,name,A1,A2,A3,B1,B2,B3,B4\nx1,A|B <b>*x*</b>,4,2,yes,y,p;q,1.5,1\n", name: "responses.csv")
        let result = ExplanationRun.explain(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: ""), responsesPath: path, id: "x1",
            dimensionID: "beta", language: "en", options: ReadingOptions(), temporaryFolder: Fixtures.temporaryDirectory().path, report: { _ in })
        let markdown = ExplanationRun.render(try XCTUnwrap(result.value, "\(result.diagnostics)"), format: .markdown, strings: .english)
        XCTAssertTrue(markdown.hasPrefix("# How the scores of A\\|B &lt;b&gt;\\*x\\*&lt;/b&gt; (x1) are derived\n"), markdown)
        XCTAssertFalse(markdown.contains("## Alpha"), "--dimension beta shows beta's questions only")
        XCTAssertTrue(markdown.contains("| B2 B2? | P; Q | 100.00 | F two | 33.33 % | 25.00 % | 25.00 % | 25.0000 |"), markdown)
    }

    func testARowLeftOutForAnErrorIsNamedRatherThanCalledUnknown() throws {
        let path = Fixtures.write("id,name,A1,A2,A3,B1,B2,B3,B4\nx1,One,4,2,yes,y,p;q,1.5,1,extra\nx2,Two,4,2,yes,y,p,1,1\n", name: "responses.csv")
        var reported: [Diagnostic] = []
        let result = ExplanationRun.explain(
            questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: ""), responsesPath: path, id: "x1",
            dimensionID: nil, language: "en", options: ReadingOptions(), temporaryFolder: Fixtures.temporaryDirectory().path, report: { reported += $0 })
        XCTAssertNil(result.value)
        XCTAssertTrue(reported.contains { $0.severity == .error }, "the row's own error is reported as it is read")
        XCTAssertEqual(result.diagnostics.map(\.message), ["the row of \"x1\" (row 2) was left out for the error above; correct it and run explain again"])
    }

    func testTheExplanationIsWrittenInFrenchWithFrenchTypography() throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/smart-city-barometer")
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: folder.appendingPathComponent("questionnaire.json").path).questionnaire)
        let (_, respondents) = try scoredSample("smart-city-barometer")
        let id = try XCTUnwrap(respondents.first?.id)
        let result = ExplanationRun.explain(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "questionnaire.json", sha256: ""),
            responsesPath: folder.appendingPathComponent("sample-responses.csv").path, id: id, dimensionID: nil, language: "fr",
            options: ReadingOptions(), temporaryFolder: Fixtures.temporaryDirectory().path, report: { _ in })
        let markdown = ExplanationRun.render(try XCTUnwrap(result.value), format: .markdown, strings: .french)
        XCTAssertTrue(markdown.hasPrefix("# Comment les scores de "), markdown)
        XCTAssertTrue(markdown.contains("Score\u{202F}: **"), "a French colon, after a narrow no-break space")
        XCTAssertTrue(markdown.contains("| Question | Réponse | Score d'item |"), markdown)
    }

    func testAnUnknownDimensionIsRefusedWithTheClosestOne() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
        let result = ExplanationRun.explain(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: ""), responsesPath: Fixtures.iMonitorFile("sample-responses.csv"),
            id: "heidebeek", dimensionID: "polcy", language: "en", options: ReadingOptions(), temporaryFolder: Fixtures.temporaryDirectory().path,
            report: { _ in })
        XCTAssertNil(result.value)
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("did you mean \"policy\"") }, "\(result.diagnostics)")
    }
}
