import Foundation
import XCTest

/// Issue 28, item 1, through the binary: what reading a responses file says - the survey tool
/// detected, the columns left unmapped, a row with the wrong number of fields, responses for
/// another questionnaire - is in the run's language; `import` and `map` speak the environment's,
/// and `template` and `generate` say why a questionnaire does not load in that of --lang, else
/// the environment's.
final class ReadingWordingEndToEndTests: XCTestCase {
    private let questionnaire = EndToEndTests.questionnaire
    private let exports = EndToEndTests.exports

    func testALimeSurveyExportScoredInDutchSaysInDutchWhichToolItWasReadAs() throws {
        let out = try temporaryFolder()
        let scored = try EndToEndTests.runBinary(["score", questionnaire, "\(exports)/limesurvey/code.csv", "--lang", "nl", "--out", out.path, "--format", "csv"])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        XCTAssertTrue(scored.stderr.contains("\(exports)/limesurvey/code.csv: note: gelezen als een export van LimeSurvey "
                                             + "(gevonden: submitdate, lastpage, startlanguage); kies met --from een ander programma\n"), scored.stderr)
        XCTAssertTrue(scored.stderr.contains("warning: kolom \"CO01[other]\" is een vrij tekstveld (\"anders\" of opmerking); het telt niet mee en wordt weggelaten"),
                      scored.stderr)
        XCTAssertFalse(scored.stderr.contains("read as an export"), scored.stderr)
        let english = try EndToEndTests.runBinary(["score", questionnaire, "\(exports)/limesurvey/code.csv", "--lang", "en", "--out", out.path, "--format", "csv", "--force"])
        XCTAssertTrue(english.stderr.contains("note: read as an export of LimeSurvey (found submitdate, lastpage, startlanguage); use --from to choose another tool"),
                      english.stderr)
    }

    func testARowWithTooManyFieldsIsAFrenchLocatedErrorInAFrenchRun() throws {
        let folder = try temporaryFolder()
        let responses = folder.appendingPathComponent("r.csv")
        try Data("id,name,IN01\nm1,A,8\nm2,B,8,9\n".utf8).write(to: responses)
        let scored = try EndToEndTests.runBinary(["score", "Questionnaires/smart-city-barometer/questionnaire.json", responses.path, "--lang", "fr",
                                                  "--out", folder.appendingPathComponent("out").path, "--format", "csv"])
        XCTAssertEqual(scored.status, 1, "a row left out is invalid input: \(scored.stderr)")
        XCTAssertTrue(scored.stderr.contains("\(responses.path):3: error: la ligne 3 (ligne de texte 3) a 4 champs, mais l’en-tête en a 3\u{202F}; "
                                             + "cherchez un séparateur manquant ou en trop, ou un séparateur dans une valeur sans guillemets. La ligne est écartée.\n"),
                      scored.stderr)
        try Data("id,ES01,ES02\nm1,3,2\nm2,3,2,1\n".utf8).write(to: responses)
        let checked = try EndToEndTests.runBinary(["validate", questionnaire, responses.path, "--lang", "nl"])
        XCTAssertTrue(checked.stderr.contains("\(responses.path):3: error: rij 3 (regel 3) heeft 4 velden, maar de kopregel heeft er 3; "), checked.stderr)
    }

    func testImportSaysWhatItDetectedInTheEnvironmentsLanguage() throws {
        let imported = try EndToEndTests.runBinary(["import", "\(exports)/qualtrics.csv"], environment: ["LANG": "fr_BE.UTF-8"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains("qualtrics.csv: note: lu comme un export de Qualtrics (trouvé\u{202F}: ligne d’en-tête ImportId)\u{202F}; "
                                               + "choisissez un autre outil avec --from\n"), imported.stderr)
        let missing = try EndToEndTests.runBinary(["import", "\(exports)/absent.csv"], environment: ["LC_ALL": "nl_BE.UTF-8"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "\(exports)/absent.csv: error: dit bestand bestaat niet; controleer het pad\n")
    }

    func testResponsesForAnotherBundledQuestionnaireAreRefusedInDutchNamingTheOneThatMatches() throws {
        let out = try temporaryFolder().appendingPathComponent("out")
        let sample = EndToEndTests.sample
        let scored = try EndToEndTests.runBinary(["score", "Questionnaires/smart-city-barometer/questionnaire.json", sample, "--lang", "nl", "-o", out.path])
        XCTAssertEqual(scored.status, 1, scored.stderr)
        XCTAssertTrue(scored.stderr.contains(
            "sample-responses.csv:1: error: de kolommen beantwoorden 4 van de 39 vragen van smart-city-barometer, maar 48 van de 48 van i-monitor "
                + "(Questionnaires/i-monitor/questionnaire.json); deze antwoorden horen bij i-monitor: scoor ze met "
                + "`smartcity score Questionnaires/i-monitor/questionnaire.json \(sample)`\n"), scored.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "no reports are written")
    }

    func testMapSaysWhatItReadsInTheEnvironmentsLanguage() throws {
        let drafted = try EndToEndTests.runBinary(["map", questionnaire, "\(exports)/limesurvey/code.csv"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        XCTAssertTrue(drafted.stderr.contains("\(exports)/limesurvey/code.csv: note: gelezen als een export van LimeSurvey "
                                              + "(gevonden: submitdate, lastpage, startlanguage); kies met --from een ander programma\n"), drafted.stderr)
        let folder = try temporaryFolder()
        let startedFrom = try EndToEndTests.runBinary(["map", questionnaire, "\(exports)/limesurvey/code.csv", "--map", "absent-mapping.json"],
                                                      environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(startedFrom.status, 1, startedFrom.stderr)
        XCTAssertTrue(startedFrom.stderr.contains("absent-mapping.json: error: bestand bestaat niet; controleer het pad\n"), startedFrom.stderr)
        let export = folder.appendingPathComponent("export.csv")
        try Data("id,ES01\nm1,3\nm2,3\nm3,\"open\n".utf8).write(to: export)
        let broken = try EndToEndTests.runBinary(["map", questionnaire, export.path], environment: ["LC_ALL": "fr_BE.UTF-8"])
        XCTAssertEqual(broken.status, 1, broken.stderr)
        XCTAssertTrue(broken.stderr.hasSuffix("\(export.path): error: un champ entre guillemets ouvert à la ligne 4 n’est jamais fermé\u{202F}; "
                                              + "ajoutez le «\u{202F}\"\u{202F}» fermant\n"), broken.stderr)
    }

    func testTemplateSaysWhyItsQuestionnaireDoesNotLoadInTheLanguageOfLang() throws {
        let made = try EndToEndTests.runBinary(["template", "absent.json", "--lang", "fr,nl"])
        XCTAssertEqual(made.status, 1, made.stderr)
        XCTAssertEqual(made.stderr, "absent.json: error: fichier inexistant\u{202F}; vérifiez le chemin\n")
        let generated = try EndToEndTests.runBinary(["generate", "absent.json", "--count", "1"], environment: ["LANG": "nl_BE.UTF-8"])
        XCTAssertEqual(generated.stderr, "absent.json: error: bestand bestaat niet; controleer het pad\n")
    }
}
