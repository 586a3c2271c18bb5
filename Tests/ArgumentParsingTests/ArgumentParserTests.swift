import XCTest
@testable import ArgumentParsing

final class ArgumentParserTests: XCTestCase {
    let score = CommandSpec(
        name: "score", abstract: "Score responses.",
        positionals: [
            PositionalSpec("questionnaire", help: "The questionnaire."),
            PositionalSpec("responses", help: "Response files.", arity: .oneOrMore),
        ],
        options: [
            .value("out", short: "o", valueName: "dir", help: "Output folder."),
            .value("lang", valueName: "code", defaultValue: "en", allowed: ["nl", "fr", "en"], help: "Language."),
            .flag("force", short: "f", help: "Overwrite."),
            .flag("strict", short: "s", help: "Strict."),
        ])

    var tool: CommandLineTool {
        CommandLineTool(name: "smartcity", version: "1.2.3", abstract: "Scores things.", commands: [score])
    }

    func testLongShortAndEqualsForms() throws {
        let parsed = try CommandLineTool.parse(["q.json", "a.csv", "--out", "X", "--lang=nl", "-f", "b.csv"], for: score)
        XCTAssertEqual(parsed.positional("questionnaire"), ["q.json"])
        XCTAssertEqual(parsed.positional("responses"), ["a.csv", "b.csv"])
        XCTAssertEqual(parsed.value("out"), "X")
        XCTAssertEqual(parsed.value("lang"), "nl")
        XCTAssertTrue(parsed.flag("force"))
        XCTAssertFalse(parsed.flag("strict"))
    }

    func testDefaultsCombinedShortFlagsAndAttachedShortValue() throws {
        let parsed = try CommandLineTool.parse(["-fs", "-oReports", "q", "r"], for: score)
        XCTAssertEqual(parsed.value("lang"), "en")
        XCTAssertEqual(parsed.value("out"), "Reports")
        XCTAssertEqual(parsed.flags, ["force", "strict"])
    }

    func testAMisspelledOptionGetsASuggestion() {
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--froce"], for: score)) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown option '--froce'. Did you mean '--force'?")
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--zzzzzz"], for: score)) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown option '--zzzzzz'.", "nothing close: no suggestion")
        }
        XCTAssertEqual(editDistance("fromat", "format"), 1, "a transposition is one edit")
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--output", "x"], for: score)) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown option '--output'. Did you mean '--out'?")
        }
    }

    func testARequiredOptionIsShownAndChecked() {
        let spec = CommandSpec(name: "generate", abstract: "G.", positionals: [],
                               options: [.value("count", valueName: "n", help: "How many.").required])
        let tool = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec])
        XCTAssertEqual(tool.usage(for: "generate"), "t generate --count <n>")
        XCTAssertThrowsError(try CommandLineTool.parse([], for: spec)) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Missing expected option '--count <n>'.")
        }
    }

    func testANegativeNumberIsAValueNotAnOption() throws {
        let parsed = try CommandLineTool.parse(["q", "r", "--out", "-1"], for: score)
        XCTAssertEqual(parsed.value("out"), "-1")
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--out", "-x"], for: score), "an option is still not a value")
    }

    func testDoubleDashEndsOptions() throws {
        let parsed = try CommandLineTool.parse(["q", "--", "--weird.csv"], for: score)
        XCTAssertEqual(parsed.positional("responses"), ["--weird.csv"])
    }

    func testErrorsNameTheProblem() {
        func message(_ arguments: [String]) -> String? {
            do { _ = try CommandLineTool.parse(arguments, for: score); return nil } catch { return error.message }
        }
        XCTAssertEqual(message(["q"]), "Missing expected argument '<responses> ...'.")
        XCTAssertEqual(message([]), "Missing expected argument '<questionnaire>'.")
        XCTAssertEqual(message(["q", "r", "--bogus"]), "Unknown option '--bogus'.")
        XCTAssertEqual(message(["q", "r", "--out"]), "Missing value for '--out <dir>'.")
        XCTAssertEqual(message(["q", "r", "--force=yes"]), "The flag '--force' does not take a value.")
        XCTAssertEqual(
            message(["q", "r", "--lang", "de"]),
            "The value 'de' is invalid for '--lang <code>'. Choose one of: nl, fr, en.")
    }

    func testToolLevelInvocations() throws {
        XCTAssertEqual(try tool.parse([]), .help(command: nil))
        XCTAssertEqual(try tool.parse(["--version"]), .version)
        XCTAssertEqual(try tool.parse(["score", "--help"]), .help(command: "score"))
        XCTAssertEqual(try tool.parse(["help", "score"]), .help(command: "score"))
        XCTAssertThrowsError(try tool.parse(["frobnicate"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown command 'frobnicate'. Commands: score.")
        }
    }

    func testHelpIsGeneratedFromDeclarations() {
        let help = tool.help(for: "score")
        XCTAssertTrue(help.hasPrefix("OVERVIEW: Score responses.\n"))
        XCTAssertTrue(help.contains("USAGE: smartcity score <questionnaire> <responses> ... [--out <dir>] [--lang <code>] [--force] [--strict]"))
        XCTAssertTrue(help.contains("  -o, --out <dir>"))
        XCTAssertTrue(help.contains("Language. (values: nl, fr, en) (default: en)"))
        XCTAssertTrue(help.contains("  -h, --help"))
        let usage = tool.usageErrorText(UsageError("Oops.", commandName: "score"))
        XCTAssertEqual(
            usage,
            "Error: Oops.\nUsage: smartcity score <questionnaire> <responses> ... [--out <dir>] [--lang <code>] [--force] [--strict]\n  See 'smartcity score --help' for more information.\n")
    }

    enum Mode: String, OptionChoice { case fast, exact }

    func testTypedDeclarationsParseDocumentAndReadTheirValues() throws {
        let count = ValueOption<Int>("count", short: "n", valueName: "n", defaultValue: "3", help: "How many.")
        let mode = ValueOption<Mode>("mode", valueName: "mode", help: "How.")
        let tag = ValueOption<String>("tag", valueName: "text", help: "A tag (repeatable).")
        let force = Flag("force", short: "f", help: "Overwrite.")
        let files = Positional("file", help: "Files.", arity: .oneOrMore)
        let spec = CommandSpec(name: "run", abstract: "Runs.", positionals: [files], options: [count, mode, tag, force])
        let tool = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec])
        XCTAssertTrue(tool.help(for: "run").contains("--mode <mode>    How. (values: fast, exact)"), tool.help(for: "run"))

        let parsed = try CommandLineTool.parse(["a", "--mode", "exact", "--tag", "x", "-f", "b", "--tag", "y"], for: spec)
        XCTAssertEqual(try parsed.value(count), 3, "the default")
        XCTAssertEqual(try parsed.value(mode), .exact)
        XCTAssertEqual(try parsed.values(tag), ["x", "y"])
        XCTAssertNil(try parsed.value(ValueOption<Int>("absent", valueName: "n", help: "")))
        XCTAssertTrue(parsed.isSet(force))
        XCTAssertEqual(parsed.values(files), ["a", "b"])
        XCTAssertEqual(parsed.commandName, "run")

        let wrong = try CommandLineTool.parse(["a", "-n", "two"], for: spec)
        XCTAssertThrowsError(try wrong.value(count)) { error in
            XCTAssertEqual(error as? UsageError, UsageError("The value 'two' is invalid for '--count <n>'; give a whole number.", commandName: "run"))
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["a", "--mode", "slow"], for: spec)) { error in
            XCTAssertEqual((error as? UsageError)?.message, "The value 'slow' is invalid for '--mode <mode>'. Choose one of: fast, exact.")
        }
    }

    func testAMisspelledCommandGetsASuggestion() {
        XCTAssertThrowsError(try tool.parse(["scroe"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown command 'scroe'. Did you mean 'score'? Commands: score.")
        }
        XCTAssertThrowsError(try tool.parse(["zzzzzzzz"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "Unknown command 'zzzzzzzz'. Commands: score.")
        }
    }
}
