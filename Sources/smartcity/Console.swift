import ArgumentParsing
import Foundation
import SmartCityKit

/// How the process ends: 0 success, 1 invalid input data, 64 usage error (sysexits' EX_USAGE).
enum ExitCode: Int32 {
    case success = 0
    case invalidInput = 1
    case usage = 64
}

/// The one place that writes to the terminal: results to stdout, diagnostics and progress to stderr.
final class Console: @unchecked Sendable {
    /// Whether stderr gets colour; decided by `--color` and the terminal.
    var colorDiagnostics: Bool

    init() {
        colorDiagnostics = Console.stderrIsColorTerminal
    }

    static var stderrIsColorTerminal: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
    }

    /// Whether stderr is a terminal, for progress lines.
    var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Seconds on a clock that only goes forward, for progress lines.
    static var now: Double { ProcessInfo.processInfo.systemUptime }

    /// Shows a progress line in place of the last one (stderr is a terminal).
    func progress(_ line: String) {
        err("\r" + TerminalText.escaped(line, keepingLineFeeds: false) + "\u{1B}[K")
    }

    /// Clears the progress line.
    func endProgress() {
        err("\r\u{1B}[K")
    }

    /// Applies `--color auto|always|never`.
    func applyColor(_ mode: ColorMode) {
        switch mode {
        case .always: colorDiagnostics = true
        case .never: colorDiagnostics = false
        case .auto: colorDiagnostics = Console.stderrIsColorTerminal
        }
    }

    /// Whether something could not be written to stdout (closed, full): the run then fails.
    private(set) var outputFailed = false

    /// Writes to stdout in one call (stdout is block-buffered when piped).
    func out(_ text: String) {
        if !TextOutput.writeStandard(text, to: STDOUT_FILENO) { outputFailed = true }
    }

    /// Writes to stderr; a closed or full stderr is ignored (there is nowhere left to say so).
    func err(_ text: String) {
        TextOutput.writeStandard(text, to: STDERR_FILENO)
    }

    private var limiter = DiagnosticLimiter()

    /// Prints the diagnostics of responses rows, at most a few per column of a file.
    func reportRows(_ diagnostics: [Diagnostic]) {
        report(limiter.admit(diagnostics))
    }

    /// Prints how many row diagnostics were not shown, per column, in the run's language (`words`).
    func reportSuppressed(_ words: MessageStrings) {
        report(limiter.summary(words.notShown))
        limiter = DiagnosticLimiter()
    }

    /// Prints diagnostics as `path:line:col: error: message`, one per line.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(diagnostics.map(format).joined())
    }

    /// The questionnaire of a command that only reads or writes by it (its warnings are for
    /// `validate`): nil after reporting the errors that keep it from loading, in the language
    /// `requested` (the command's `--lang`), else the environment's.
    func questionnaire(at path: String, requested: String? = nil) -> Questionnaire? {
        let code = ReportLanguage.wordingLanguage(requested: requested, environment: ProcessInfo.processInfo.environment)
        let loaded = QuestionnaireLoader.load(path: path, wording: .forLanguage(code))
        report(loaded.diagnostics.filter { $0.severity == .error })
        return loaded.questionnaire
    }

    /// One diagnostic's line; the file name and message are user text, escaped for the terminal
    /// before any colour is added.
    private func format(_ diagnostic: Diagnostic) -> String {
        let location = TerminalText.escaped(diagnostic.location.description), message = TerminalText.escaped(diagnostic.message)
        guard colorDiagnostics else { return "\(location): \(diagnostic.severity.rawValue): \(message)\n" }
        let color = diagnostic.severity == .error ? "\u{1B}[1;31m" : diagnostic.severity == .warning ? "\u{1B}[1;33m" : "\u{1B}[1;36m"
        return "\u{1B}[1m\(location):\u{1B}[0m \(color)\(diagnostic.severity.rawValue):\u{1B}[0m \(message)\n"
    }
}


