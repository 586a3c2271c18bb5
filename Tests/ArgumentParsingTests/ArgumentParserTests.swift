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

    /// The problem the parser found, when `error` is a usage error it found.
    func problem(_ error: any Error) -> UsageProblem? {
        guard let usage = error as? UsageError, case .parsing(let problem) = usage.problem else { return nil }
        return problem
    }

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
            XCTAssertEqual(problem(error), .unknownOption("--froce", suggestion: "--force"))
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--zzzzzz"], for: score)) { error in
            XCTAssertEqual(problem(error), .unknownOption("--zzzzzz", suggestion: nil), "nothing close: no suggestion")
        }
        XCTAssertEqual(editDistance("fromat", "format"), 1, "a transposition is one edit")
        XCTAssertThrowsError(try CommandLineTool.parse(["q", "r", "--output", "x"], for: score)) { error in
            XCTAssertEqual(problem(error), .unknownOption("--output", suggestion: "--out"))
        }
    }

    func testARequiredOptionIsShownAndChecked() {
        let spec = CommandSpec(name: "generate", abstract: "G.", positionals: [],
                               options: [.value("count", valueName: "n", help: "How many.").required])
        let tool = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec])
        XCTAssertEqual(tool.usage(for: "generate"), "t generate --count <n>")
        XCTAssertThrowsError(try CommandLineTool.parse([], for: spec)) { error in
            XCTAssertEqual(problem(error), .missingOption(OptionName(long: "count", valueName: "n")))
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
        func problem(_ arguments: [String]) -> UsageProblem? {
            do { _ = try CommandLineTool.parse(arguments, for: score); return nil } catch { return self.problem(error) }
        }
        XCTAssertEqual(problem(["q"]), .missingArgument("responses", repeats: true))
        XCTAssertEqual(problem([]), .missingArgument("questionnaire", repeats: false))
        XCTAssertEqual(problem(["q", "r", "--bogus"]), .unknownOption("--bogus", suggestion: nil))
        XCTAssertEqual(problem(["q", "r", "-x"]), .unknownOption("-x", suggestion: nil))
        XCTAssertEqual(problem(["q", "r", "-fx"]), .unknownFlagLetter("x", argument: "-fx"))
        XCTAssertEqual(problem(["q", "r", "--out"]), .missingValue(OptionName(long: "out", valueName: "dir")))
        XCTAssertEqual(problem(["q", "r", "--force=yes"]), .flagTakesNoValue(OptionName(long: "force", valueName: nil)))
        XCTAssertEqual(problem(["q", "r", "--lang", "de"]), .invalidValue("de", option: OptionName(long: "lang", valueName: "code"), expected: .oneOf(["nl", "fr", "en"])))
    }

    func testToolLevelInvocations() throws {
        XCTAssertEqual(try tool.parse([]), .help(command: nil))
        XCTAssertEqual(try tool.parse(["--version"]), .version)
        XCTAssertEqual(try tool.parse(["score", "--help"]), .help(command: "score"))
        XCTAssertEqual(try tool.parse(["help", "score"]), .help(command: "score"))
        XCTAssertThrowsError(try tool.parse(["frobnicate"])) { error in
            XCTAssertEqual(problem(error), .unknownCommand("frobnicate", suggestion: nil, commands: ["score"]))
        }
    }

    func testHelpIsGeneratedFromDeclarations() {
        let help = tool.help(for: "score")
        XCTAssertTrue(help.hasPrefix("OVERVIEW: Score responses.\n"))
        XCTAssertTrue(help.contains("USAGE: smartcity score <questionnaire> <responses> ... [--out <dir>] [--lang <code>] [--force] [--strict]"))
        XCTAssertTrue(help.contains("  -o, --out <dir>"))
        XCTAssertTrue(help.contains("Language. (values: nl, fr, en) (default: en)"))
        XCTAssertTrue(help.contains("  -h, --help"))
        XCTAssertEqual(tool.usage(for: "score"), "smartcity score <questionnaire> <responses> ... [--out <dir>] [--lang <code>] [--force] [--strict]")
        XCTAssertEqual(tool.helpCommand(for: "score"), "smartcity score --help")
        XCTAssertEqual(tool.helpCommand(for: nil), "smartcity --help")
    }

    enum Mode: String, OptionChoice { case fast, exact }

    func testTypedDeclarationsParseDocumentAndReadTheirValues() throws {
        let count = DefaultedOption<Int>("count", short: "n", valueName: "n", default: 3, help: "How many.")
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
        XCTAssertTrue(parsed.isSet(force))
        XCTAssertEqual(parsed.values(files), ["a", "b"])
        XCTAssertEqual(parsed.commandName, "run")

        let wrong = try CommandLineTool.parse(["a", "-n", "two"], for: spec)
        XCTAssertThrowsError(try wrong.value(count)) { error in
            XCTAssertEqual(problem(error), .invalidValue("two", option: OptionName(long: "count", valueName: "n"), expected: .wholeNumber))
            XCTAssertEqual((error as? UsageError)?.commandName, "run")
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["a", "--mode", "slow"], for: spec)) { error in
            XCTAssertEqual(problem(error), .invalidValue("slow", option: OptionName(long: "mode", valueName: "mode"), expected: .oneOf(["fast", "exact"])))
        }
    }

    enum Format: String, OptionChoice { case markdown, csv, json }

    func testATypedDefaultIsShownInHelpAndReadAsItsValue() throws {
        let limit = DefaultedOption<Int>("limit", valueName: "n", default: 50, validation: .atLeast(2), help: "The most.")
        let mode = DefaultedOption<Mode>("mode", valueName: "mode", default: .exact, help: "How.")
        let spec = CommandSpec(name: "run", abstract: "Runs.", options: [limit, mode])
        let help = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec]).help(for: "run")
        XCTAssertTrue(help.contains("--limit <n>") && help.contains("The most. (default: 50)\n"), help)
        XCTAssertTrue(help.contains("How. (values: fast, exact) (default: exact)\n"), help)
        let none = try CommandLineTool.parse([], for: spec)
        XCTAssertEqual(try none.value(limit), 50)
        XCTAssertEqual(try none.value(mode), .exact)
        XCTAssertEqual(try CommandLineTool.parse(["--limit", "7", "--mode", "fast"], for: spec).value(limit), 7)
        XCTAssertThrowsError(try CommandLineTool.parse(["--limit", "1"], for: spec).value(limit)) { error in
            XCTAssertEqual(problem(error), .invalidValue("1", option: OptionName(long: "limit", valueName: "n"), expected: .wholeNumberAtLeast(2)))
            XCTAssertEqual((error as? UsageError)?.commandName, "run")
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["--limit", "1.5"], for: spec).value(limit)) { error in
            XCTAssertEqual(problem(error), .invalidValue("1.5", option: OptionName(long: "limit", valueName: "n"), expected: .wholeNumber))
        }
    }

    func testAListOptionReadsEnumValuesInOrderEachOnce() throws {
        let format = ListOption<Format>("format", default: [.markdown, .csv], help: "Formats.")
        let spec = CommandSpec(name: "run", abstract: "Runs.", options: [format])
        let help = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec]).help(for: "run")
        XCTAssertTrue(help.contains("--format <list>  Formats. (default: markdown,csv)"), help)
        XCTAssertEqual(try CommandLineTool.parse([], for: spec).values(format), [.markdown, .csv])
        XCTAssertEqual(try CommandLineTool.parse(["--format", "json, csv,,json"], for: spec).values(format), [.json, .csv])
        XCTAssertEqual(try CommandLineTool.parse(["--format", "csv", "--format=json"], for: spec).values(format), [.json], "the last one given wins")
        XCTAssertThrowsError(try CommandLineTool.parse(["--format", "csv,pdf"], for: spec).values(format)) { error in
            XCTAssertEqual(problem(error), .unknownListValue("pdf", option: OptionName(long: "format", valueName: "list"), choices: ["markdown", "csv", "json"]))
            XCTAssertEqual((error as? UsageError)?.commandName, "run")
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["--format", " , "], for: spec).values(format)) { error in
            XCTAssertEqual(problem(error), .emptyList(OptionName(long: "format", valueName: "list")))
        }
    }

    func testAnAliasWorksLikeTheLongNameButIsNotShown() throws {
        let out = ValueOption<String>("out", aliases: ["output"], short: "o", valueName: "file", help: "Where.")
        let spec = CommandSpec(name: "run", abstract: "Runs.", options: [out])
        XCTAssertEqual(try CommandLineTool.parse(["--output", "a"], for: spec).value(out), "a")
        XCTAssertEqual(try CommandLineTool.parse(["--output=b"], for: spec).value(out), "b")
        XCTAssertEqual(try CommandLineTool.parse(["--out", "c"], for: spec).value(out), "c")
        XCTAssertEqual(try CommandLineTool.parse(["--output", "a"], for: spec).alias(of: out), "output", "said by the command")
        XCTAssertEqual(try CommandLineTool.parse(["--output=a"], for: spec).alias(of: out), "output")
        XCTAssertNil(try CommandLineTool.parse(["--out", "c"], for: spec).alias(of: out))
        XCTAssertNil(try CommandLineTool.parse(["--output", "a", "-o", "c"], for: spec).alias(of: out), "the last one given counts")
        let help = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec]).help(for: "run")
        XCTAssertFalse(help.contains("output"), help)
        XCTAssertThrowsError(try CommandLineTool.parse(["--output"], for: spec)) { error in
            XCTAssertEqual(problem(error), .missingValue(OptionName(long: "out", valueName: "file")), "named by its own name")
        }
    }

    /// A group that `Outer`'s declarations hold.
    struct Inner: OptionGroup {
        struct Declared: Declarations {
            let tag = ValueOption<String>("tag", valueName: "text", help: "A tag.")
            let count = RequiredOption<Int>("count", valueName: "n", validation: .atLeast(1), help: "How many.")
        }
        var tag: String?
        var count: Int

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            tag = try arguments.value(\.tag)
            count = try arguments.value(\.count)
        }
    }

    /// A command's arguments: a positional, a flag, `Inner`'s options and a defaulted option, in that order.
    struct Outer: OptionGroup {
        struct Declared: Declarations {
            let file = Positional("file", help: "A file.")
            let force = Flag("force", short: "f", help: "Overwrite.")
            let inner = Inner.Declared()
            let mode = DefaultedOption<String>("mode", valueName: "m", default: "fast", help: "The mode.")
        }
        var file: String
        var force: Bool
        var inner: Inner
        var mode: String

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            file = arguments.value(\.file)
            force = arguments.isSet(\.force)
            inner = try arguments.group(\.inner)
            mode = try arguments.value(\.mode)
        }
    }

    func testTheStoredDeclarationsInOrderAreWhatTheParserTakesAndTheGroupReads() throws {
        let spec = CommandSpec(name: "run", abstract: "Runs.", declared: Outer.Declared.self)
        XCTAssertEqual(spec.options.map(\.long), ["force", "tag", "count", "mode"], "in order, the nested group's in its place")
        XCTAssertEqual(spec.positionals.map(\.name), ["file"])
        let tool = CommandLineTool(name: "t", version: "1", abstract: "T.", commands: [spec])
        XCTAssertEqual(tool.usage(for: "run"), "t run <file> [--force] [--tag <text>] --count <n> [--mode <m>]")
        let group = try Outer(Parsed(try CommandLineTool.parse(["a.csv", "--tag", "x", "-f", "--count", "3"], for: spec)))
        XCTAssertEqual(group.file, "a.csv")
        XCTAssertTrue(group.force)
        XCTAssertEqual(group.inner.tag, "x")
        XCTAssertEqual(group.inner.count, 3, "a required option reads as a value")
        XCTAssertEqual(group.mode, "fast")
        XCTAssertThrowsError(try Outer(Parsed(try CommandLineTool.parse(["a.csv", "--count", "0"], for: spec)))) { error in
            XCTAssertEqual(problem(error), .invalidValue("0", option: OptionName(long: "count", valueName: "n"), expected: .wholeNumberAtLeast(1)))
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["a.csv", "b.csv", "--count", "1"], for: spec)) { error in
            XCTAssertEqual(problem(error), .unexpectedArgument("b.csv"))
        }
        XCTAssertThrowsError(try CommandLineTool.parse(["a.csv"], for: spec)) { error in
            XCTAssertEqual(problem(error), .missingOption(OptionName(long: "count", valueName: "n")))
        }
    }

    func testAMisspelledCommandGetsASuggestion() {
        XCTAssertThrowsError(try tool.parse(["scroe"])) { error in
            XCTAssertEqual(problem(error), .unknownCommand("scroe", suggestion: "score", commands: ["score"]))
        }
        XCTAssertThrowsError(try tool.parse(["zzzzzzzz"])) { error in
            XCTAssertEqual(problem(error), .unknownCommand("zzzzzzzz", suggestion: nil, commands: ["score"]))
        }
    }
}
