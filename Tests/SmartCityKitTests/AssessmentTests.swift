import XCTest
@testable import SmartCityKit

/// What cost points, what to do first, and recommendations already done, on hand-computed cases.
final class AssessmentTests: XCTestCase {
    private let engine = ScoringEngine(questionnaire: Fixtures.mini)

    /// A1 3 (50), A2 2 reversed (75), A3 no (0): alpha 31.25; B1 y (40), B2 p (50), B3 1 (50),
    /// B4 2 (100): beta 60; total (3 x 31.25 + 60) / 4 = 38.4375. Alpha carries 3/4 of the total,
    /// so A3 (half of alpha) loses 0.75 x 0.5 x 100 = 37.5 points and A1 0.75 x 0.25 x 50 = 9.375.
    private let answers: [Answer] = [.number(3), .number(2), .yesNo(false), .choice(1), .choices(OptionSelection([0])), .number(1), .number(2)]

    func testTheCostliestAnswersComeFirstWithTheNextBetterAnswer() throws {
        let score = engine.score(answers)
        XCTAssertEqual(score.exactTotal, Fraction(384375, 10000))
        let costs = AnswerCosts(answers: answers, score: score, engine: engine)
        let ids = costs.costly.map { Fixtures.mini.questions[$0.question].id }
        XCTAssertEqual(ids, ["A3", "A1", "A2", "B1", "B2", "B3"], "B4 has its best answer; equal losses in questionnaire order")
        XCTAssertEqual(costs.costly.map(\.lost), [Fraction(375, 10), Fraction(9375, 1000), Fraction(46875, 10000), Fraction(375, 100),
                                                   Fraction(3125, 1000), Fraction(3125, 1000)])
        XCTAssertEqual(costs.costly[0].better, .yesNo(true))
        XCTAssertEqual(costs.costly[0].gain, Fraction(375, 10), "the next better answer of a yes/no question recovers all it lost")
        XCTAssertEqual(costs.costly[1].better, .number(4))
        XCTAssertEqual(costs.costly[1].gain, Fraction(46875, 10000), "one scale point up: 0.75 x 0.25 x 25")
        XCTAssertEqual(costs.costly[2].better, .number(1), "a reversed scale gets better downwards")
        XCTAssertEqual(costs.costly[4].better, .choices(OptionSelection([0, 1])), "one more option")
        XCTAssertEqual(costs.costly[5].better, .number(2.5), "the next threshold")
        XCTAssertEqual(costs.toFindOut.count, 0)
        XCTAssertEqual(AnswerCosts(answers: answers, score: score, engine: engine, limit: 2).costly.count, 2)
    }

    /// A1 "don't know": alpha is A2 and A3 over three quarters of its weight, 25; the total 33.75.
    /// Answering A1 with its best point (100) makes alpha 43.75 and the total 47.8125: +14.0625.
    func testDontKnowAnswersAreToFindOutWithWhatTheBestAnswerAdds() throws {
        var unknown = answers
        unknown[0] = .nonAnswer(.dontKnow)
        let score = engine.score(unknown)
        XCTAssertEqual(score.exactTotal, Fraction(3375, 100))
        let costs = AnswerCosts(answers: unknown, score: score, engine: engine)
        XCTAssertEqual(costs.toFindOut.map { Fixtures.mini.questions[$0.question].id }, ["A1"])
        XCTAssertEqual(costs.toFindOut[0].better, .number(5))
        XCTAssertEqual(costs.toFindOut[0].gain, Fraction(140625, 10000))
        XCTAssertFalse(costs.costly.contains { Fixtures.mini.questions[$0.question].id == "A1" })
    }

    /// Alpha 37.5 with three quarters of the weight has more to gain (46.875) than beta at 0 with
    /// one quarter (25): alpha comes first although beta scores lower.
    func testTheDimensionWithMostToGainComesFirstNotTheLowest() {
        let answers: [Answer] = [.number(4), .number(2), .yesNo(false), .choice(0), .choices(OptionSelection()), .number(0), .number(0)]
        let score = engine.score(answers)
        XCTAssertEqual(score.dimensions.map(\.exactScore), [Fraction(375, 10), .zero])
        let first = ScoreDocument.dimensionsToImproveFirst(score, Fixtures.mini)
        XCTAssertEqual(first.map(\.dimension), [0, 1])
        XCTAssertEqual(first.map(\.gain), [Fraction(46875, 1000), Fraction(25)])
    }

    /// I-monitor weights 29/28/22/12/6/3: e-services at 0 gains 29; information management at
    /// 400/7 gains 28 x 300/7 / 100 = 12, like process management at 0: both are named.
    func testDimensionsTiedForSecondAreAllRecommended() {
        let questionnaire = Fixtures.iMonitor
        let scores: [Fraction?] = [.zero, Fraction(400, 7), .hundred, .zero, .hundred, nil]
        let dimensions = zip(questionnaire.dimensions, scores).map { dimension, score in
            DimensionResult(dimensionID: dimension.id, exactScore: score, exactCoverage: .hundred, bandID: nil, answered: 1, questions: 1, factors: [], level: nil)
        }
        let score = RespondentScore(exactTotal: .zero, bandID: nil, dimensions: dimensions, itemStatuses: [], exactCoverage: 1)
        let first = ScoreDocument.dimensionsToImproveFirst(score, questionnaire)
        XCTAssertEqual(first.map { questionnaire.dimensions[$0.dimension].id }, ["e-services", "information-management", "process-management"])
        XCTAssertEqual(first.map(\.gain), [Fraction(29), Fraction(12), Fraction(12)])
    }

    func testARecommendationIsDoneWhenEveryAnswerShowsIt() throws {
        let questionnaire = Fixtures.iMonitor
        let collaboration = try XCTUnwrap(questionnaire.dimensions.first { $0.id == "collaboration" })
        let recommendation = try XCTUnwrap(collaboration.recommendations["type-2"])
        XCTAssertEqual(recommendation.doneWhen.map(\.questionID), ["CO01", "CO02", "CO03", "CO04"])
        var answers = [Answer](repeating: .blank, count: questionnaire.questions.count)
        let indices = ["CO01", "CO02", "CO03", "CO04"].map { id in questionnaire.questions.firstIndex { $0.id == id }! }
        for index in indices { answers[index] = .choices(OptionSelection([0, 1])) }
        XCTAssertTrue(recommendation.isDone(by: answers, in: questionnaire), "every question includes the inter-municipal association")
        answers[indices[3]] = .choices(OptionSelection([0]))
        XCTAssertFalse(recommendation.isDone(by: answers, in: questionnaire))
        XCTAssertFalse(Recommendation(text: LocalizedText(["en": "x"])).isDone(by: answers, in: questionnaire), "without conditions, never done")
    }

    func testDoneWhenMustNameThisDimensionsQuestionsAndFittingAnswers() throws {
        let text = Fixtures.replacing(#""recommendations": {"low": {"en": "Do more.", "nl": "Doe meer."}"#,
                                      with: #""recommendations": {"low": {"text": {"en": "Do more.", "nl": "Doe meer."}, "doneWhen": {"A3": "maybe", "B1": "z", "ZZ": "1"}}"#)
        let loaded = Fixtures.load(text)
        let messages = loaded.diagnostics.filter { $0.severity == .error }.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("A3 is a yes/no question; use \"yes\" or \"no\"") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("depends on B1, a question of another dimension") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("done when \"ZZ\" is answered, but no question has that id") }, "\(messages)")
    }
}

/// The terminal dialogue of `smartcity assess`, driven by scripted lines.
final class AssessmentSessionTests: XCTestCase {
    private func session(_ path: String, id: String? = "north", name: String? = "North") throws -> AssessmentSession {
        let opened = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, id: id, name: name)
        XCTAssertEqual(opened.diagnostics.filter { $0.severity == .error }, [])
        return try XCTUnwrap(opened.value)
    }

    private func run(_ session: AssessmentSession, _ lines: [String]) -> (AssessmentSession.Outcome, String) {
        var remaining = lines[...], shown = ""
        let outcome = session.run(width: 60, read: { remaining.popFirst() }, write: { shown += $0 })
        return (outcome, shown)
    }

    func testAnswersBackSkipAndStopAreSavedAtOnceAndResumed() throws {
        let path = Fixtures.write("", name: "assess-answers.csv")
        try FileManager.default.removeItem(atPath: path)
        let first = try session(path)
        let (stopped, shown) = run(first, ["3", "b", "4", "9", "2", "?", "ja", "q"])
        XCTAssertEqual(stopped, .stopped)
        XCTAssertTrue(shown.contains("Not an answer to this question"), "9 is not a point of the scale")
        XCTAssertTrue(shown.contains("Question 2 of 7 · Alpha 2/3 · 1 answered"), shown)
        XCTAssertEqual(Array(first.answers.prefix(4)), [.number(4), .number(2), .yesNo(true), .blank], "b went back and 4 replaced 3")
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(saved, "id,name,A1,A2,A3,B1,B2,B3,B4\nnorth,North,4,2,yes,,,,\n")

        let resumed = try session(path, id: nil, name: nil)
        XCTAssertEqual(resumed.id, "north")
        XCTAssertEqual(resumed.name, "North")
        let (finished, screen) = run(resumed, ["2", "1,3", "1.5", "dk", ""])
        XCTAssertTrue(screen.contains("Question 4 of 7"), "resumed at the first unanswered question")
        XCTAssertEqual(finished, .finished)
        XCTAssertEqual(Array(resumed.answers.suffix(4)), [.choice(1), .choices(OptionSelection([0, 2])), .number(1.5), .nonAnswer(.dontKnow)])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "id,name,A1,A2,A3,B1,B2,B3,B4\nnorth,North,4,2,yes,y,p;r,1.5,dk\n")
    }

    func testANewAssessmentAsksForTheIDAndNameAndEndOfInputStops() throws {
        let path = Fixtures.write("", name: "assess-new.csv")
        try FileManager.default.removeItem(atPath: path)
        let fresh = try session(path, id: nil, name: nil)
        let (outcome, shown) = run(fresh, ["bad id!", "east-1", "East", "s", "5"])
        XCTAssertEqual(outcome, .stopped, "the input ended")
        XCTAssertEqual(fresh.id, "east-1", "an id with spaces or ! is asked again")
        XCTAssertTrue(shown.contains("Municipality id"))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "id,name,A1,A2,A3,B1,B2,B3,B4\neast-1,East,,5,,,,,\n")
    }

    func testAnInputThatEndsBeforeAnythingIsTypedWritesNoFile() throws {
        let path = Fixtures.write("", name: "assess-untyped.csv")
        try FileManager.default.removeItem(atPath: path)
        let fresh = try session(path)
        XCTAssertEqual(run(fresh, []).0, .stopped)
        XCTAssertFalse(fresh.isSaved)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "id and name given, nothing typed: no file")
    }

    func testAnAnswersFileOfSeveralRespondentsOrOtherColumnsIsRefusedAndLeftAsItWas() throws {
        let several = "id,name,A1,A2,A3,B1,B2,B3,B4\nnorth,North,4,2,yes,,,,\nsouth,South,1,1,no,,,,\n"
        let withColumns = "id,name,region,A1,A2,A3,B1,B2,B3,B4\nnorth,North,coast,4,2,yes,,,,\n"
        for (contents, message) in [(several, "holds 2 respondents (ids north, south); assess saves the answers of one municipality and would lose the others; "
                                               + "start from it in a new answers file: --start-from PATH --id ID --answers NEW.csv"),
                                    (withColumns, "has columns an answers file of assess does not keep (\"region\"); saving would lose them; "
                                               + "start from it in a new answers file: --start-from PATH --answers NEW.csv")] {
            let path = Fixtures.write(contents, name: "assess-foreign.csv")
            let opened = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, id: nil, name: nil)
            XCTAssertNil(opened.value)
            XCTAssertEqual(opened.diagnostics.last?.message, message.replacingOccurrences(of: "PATH", with: path))
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), contents)
        }
    }

    func testStartingFromAResponsesFileTakesTheChosenRespondentAndNeverWritesIt() throws {
        let responses = "id,name,region,A1,A2,A3,B1,B2,B3,B4\nnorth,North,coast,4,2,yes,,,,\nsouth,South,inland,1,1,no,,,,\n"
        let from = Fixtures.write(responses, name: "assess-from.csv")
        let path = Fixtures.write("", name: "assess-started.csv")
        try FileManager.default.removeItem(atPath: path)
        let opened = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, startingFrom: from, id: "south", name: nil)
        let started = try XCTUnwrap(opened.value, "\(opened.diagnostics)")
        XCTAssertEqual(started.name, "South")
        XCTAssertEqual(Array(started.answers.prefix(3)), [.number(1), .number(1), .yesNo(false)])
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "not written before anything is typed")
        XCTAssertEqual(run(started, ["q"]).0, .stopped)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "id,name,A1,A2,A3,B1,B2,B3,B4\nsouth,South,1,1,no,,,,\n", "q saves what was taken over")
        XCTAssertEqual(try String(contentsOfFile: from, encoding: .utf8), responses)

        let unchosen = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path + ".new.csv", startingFrom: from, id: nil, name: nil)
        XCTAssertEqual(unchosen.diagnostics.last?.message, "holds 2 respondents (ids north, south); choose the municipality with --id ID")
        let unknown = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path + ".new.csv", startingFrom: from, id: "west", name: nil)
        XCTAssertEqual(unknown.diagnostics.last?.message, "has no respondent with the id \"west\" (ids north, south); give one of its ids with --id")
        // The answers file exists: it goes on with it; a start file without its municipality is another assessment.
        let resumed = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, startingFrom: from, id: nil, name: nil)
        XCTAssertEqual(resumed.value?.id, "south")
        XCTAssertTrue(resumed.value?.isSaved == true)
        XCTAssertEqual(resumed.diagnostics.map(\.severity), [.note])
        let other = Fixtures.write("id,name,A1,A2,A3,B1,B2,B3,B4\nwest,West,1,1,no,,,,\n", name: "assess-other.csv")
        let conflicting = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, startingFrom: other, id: nil, name: nil)
        XCTAssertNil(conflicting.value)
        XCTAssertEqual(conflicting.diagnostics.last?.message,
                       "holds the assessment of \"south\", whom \(other) does not hold; to start from \(other), save in a new file with --answers NEW.csv")
    }

    func testAWorkbookOrJSONFileIsNeverTheFileAnswersAreSavedTo() throws {
        for name in ["answers.xlsx", "answers.json"] {
            let path = Fixtures.write("id,name\n", name: name)
            let opened = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, id: "north", name: "North")
            XCTAssertNil(opened.value, name)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "id,name\n")
        }
    }

    func testAnotherIDThanTheAnswersFilesIsRefused() throws {
        let path = Fixtures.write("id,name,A1,A2,A3,B1,B2,B3,B4\nnorth,North,4,2,yes,,,,\n", name: "assess-id.csv")
        let opened = AssessmentSession.open(questionnaire: Fixtures.mini, language: "en", answersPath: path, id: "south", name: nil)
        XCTAssertNil(opened.value)
        XCTAssertEqual(opened.diagnostics.last?.message,
                       "holds the assessment of \"north\", not of \"south\"; leave --id out to go on with it, or save \"south\" in a new file with --answers NEW.csv")
    }

    func testAnIDMayNotBeHiddenNorNameTheFolderAbove() {
        XCTAssertTrue(AssessmentSession.isValidID("sint-niklaas.2"))
        for id in ["..", ".", ".hidden", "a/b", "", String(repeating: "a", count: 65)] {
            XCTAssertFalse(AssessmentSession.isValidID(id), id)
        }
    }
}

/// Where `assess` reads and writes.
final class AssessmentPathsTests: XCTestCase {
    func testAWorkbookGivenAsTheAnswersIsReadAndTheAnswersSavedInTheDefaultFile() {
        let resolved = AssessmentPaths.resolve(questionnaireID: "q", answers: "dir/X.xlsx", startingFrom: nil, messages: .english)
        XCTAssertEqual(resolved.value, AssessmentPaths(answers: "Reports/q/assess/answers.csv", startingFrom: "dir/X.xlsx"))
        XCTAssertEqual(resolved.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(AssessmentPaths.resolve(questionnaireID: "q", answers: "X.XLSM", startingFrom: nil, messages: .english).value?.startingFrom, "X.XLSM")
    }

    func testAnswersThatAssessCannotSaveAreRefused() {
        XCTAssertNil(AssessmentPaths.resolve(questionnaireID: "q", answers: "X.xlsx", startingFrom: "Y.csv", messages: .english).value, "two files to start from")
        let json = AssessmentPaths.resolve(questionnaireID: "q", answers: "answers.json", startingFrom: nil, messages: .english)
        XCTAssertNil(json.value)
        XCTAssertEqual(json.diagnostics.first?.message, "assess saves its answers as CSV; name a .csv file with --answers (and start from this file with --start-from)")
    }

    func testTheDefaultsAreFoldersOfAssessItsOwn() {
        XCTAssertEqual(AssessmentPaths.resolve(questionnaireID: "q", answers: nil, startingFrom: "r.csv", messages: .english).value,
                       AssessmentPaths(answers: "Reports/q/assess/answers.csv", startingFrom: "r.csv"))
        XCTAssertEqual(AssessmentPaths.resolve(questionnaireID: "q", answers: "me.csv", startingFrom: nil, messages: .english).value, AssessmentPaths(answers: "me.csv", startingFrom: nil))
        XCTAssertEqual(AssessmentPaths.defaultReportFolder(questionnaireID: "q", id: "gent"), "Reports/q/assess/gent")
    }

    func testAReportFolderHoldingReportsIsRefusedBeforeTheDialogueWithoutForce() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("assess-out")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("# Summary\n".utf8).write(to: url.appendingPathComponent("summary.md"))
        let folder = url.path
        let refusal = try XCTUnwrap(AssessmentPaths.refusalOfReportFolder(folder, force: false, messages: .english))
        XCTAssertEqual(refusal.location.file, folder + "/summary.md")
        XCTAssertNil(AssessmentPaths.refusalOfReportFolder(folder, force: true, messages: .english))
        XCTAssertNil(AssessmentPaths.refusalOfReportFolder(folder + "/missing", force: false, messages: .english), "a new folder")
    }
}

/// Targets and the roadmap to them, on the hand-computed cohort of `AssessmentTests`.
final class RoadmapTests: XCTestCase {
    private let engine = ScoringEngine(questionnaire: Fixtures.mini)
    private let answers: [Answer] = [.number(3), .number(2), .yesNo(false), .choice(1), .choices(OptionSelection([0])), .number(1), .number(2)]

    /// 38.4375 -> A3 yes (+37.5) -> A1 4 (+4.6875) -> A2 1 (+4.6875, the question changed least
    /// among equal gains) -> A1 5 (+4.6875) = 90.
    func testTheRoadmapTakesTheLargestGainFirstUntilTheTargetIsMet() throws {
        let roadmap = Roadmap(answers: answers, score: engine.score(answers), engine: engine,
                              targets: Targets(byDimension: [Targets.totalID: .score(90)]))
        let plan = try XCTUnwrap(roadmap.plans.first)
        XCTAssertNil(plan.dimension)
        XCTAssertEqual(plan.current, Fraction(384375, 10000))
        XCTAssertFalse(plan.wasMet)
        XCTAssertEqual(plan.steps.map { Fixtures.mini.questions[$0.question].id }, ["A3", "A1", "A2", "A1"])
        XCTAssertEqual(plan.steps.map(\.to), [.yesNo(true), .number(4), .number(1), .number(5)])
        XCTAssertEqual(plan.steps.map(\.totalGain), [Fraction(375, 10), Fraction(46875, 10000), Fraction(46875, 10000), Fraction(46875, 10000)])
        XCTAssertEqual(plan.reachedScore, Fraction(90))
        XCTAssertTrue(plan.isMet)
    }

    func testADimensionTargetByBandAndAnUnreachableOne() throws {
        let roadmap = Roadmap(answers: answers, score: engine.score(answers), engine: engine,
                              targets: Targets(byDimension: ["alpha": .band("high"), "beta": .score(100)]))
        XCTAssertEqual(roadmap.plans.map(\.dimension), [0, 1])
        XCTAssertEqual(roadmap.plans[0].steps.map { Fixtures.mini.questions[$0.question].id }, ["A3"], "alpha 81.25 is in (50, 100]")
        XCTAssertTrue(roadmap.plans[0].isMet)
        XCTAssertTrue(roadmap.plans[1].isMet, "every beta question can reach its best answer")
        XCTAssertEqual(roadmap.plans[1].reachedScore, .hundred)
        let capped = Roadmap(answers: answers.map { _ in .nonAnswer(.notApplicable) }, score: engine.score(answers.map { _ in .nonAnswer(.notApplicable) }),
                             engine: engine, targets: Targets(byDimension: ["alpha": .score(10)]))
        XCTAssertFalse(capped.plans[0].isMet, "not applicable answers are not changed: the target is out of reach")
        XCTAssertEqual(capped.plans[0].steps.count, 0)
    }

    func testTargetsFilesAreCheckedAgainstTheQuestionnaire() throws {
        let good = Fixtures.write(#"{"targets": {"alpha": {"band": "high"}, "total": {"score": 75.5}}}"#, name: "targets.json")
        let loaded = try XCTUnwrap(TargetsLoader.load(path: good, questionnaire: Fixtures.mini).value)
        XCTAssertEqual(loaded.byDimension["alpha"], .band("high"))
        XCTAssertEqual(loaded.byDimension["total"], .score(Fraction(755, 10)))
        let bad = Fixtures.write(#"{"targets": {"alpah": {"band": "high"}, "beta": {"band": "top"}, "total": {"score": 120}}}"#, name: "bad-targets.json")
        let messages = TargetsLoader.load(path: bad, questionnaire: Fixtures.mini).diagnostics.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("no dimension \"alpah\"; did you mean \"alpha\"?") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("must be one of low, high") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("{\"score\": <0-100>}") }, "\(messages)")
    }
}
