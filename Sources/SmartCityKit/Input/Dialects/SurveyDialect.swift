import Foundation

/// The survey tools (and plain spreadsheets) whose exports `smartcity` reads as they come.
package enum SurveyDialect: String, CaseIterable, Sendable {
    case csv
    case limesurvey
    case qualtrics
    case kobo
    case odk
    case googleForms = "google-forms"
    case surveyMonkey = "surveymonkey"

    /// The tool's name for messages.
    var displayName: String {
        switch self {
        case .csv: return "plain CSV"
        case .limesurvey: return "LimeSurvey"
        case .qualtrics: return "Qualtrics"
        case .kobo: return "KoboToolbox"
        case .odk: return "ODK"
        case .googleForms: return "Google Forms"
        case .surveyMonkey: return "SurveyMonkey"
        }
    }

    /// Columns the tool writes about a response rather than answers (case-insensitive).
    var metadataColumns: Set<String> {
        switch self {
        case .csv: return []
        case .limesurvey:
            return Set(Self.limeSurveyHeadings.values).union(Self.limeSurveyHeadings.keys)
        case .qualtrics:
            return ["startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)", "finished", "recordeddate",
                    "responseid", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
                    "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage"]
        case .kobo, .odk:
            return ["start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "audit",
                    "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags",
                    "_index", "_version_", "__version__", "meta/instanceid", "meta/instancename", "meta-instanceid", "meta-instancename",
                    "instanceid", "key", "submissiondate"]
        case .googleForms:
            return ["timestamp", "horodateur", "tijdstempel", "email address", "adresse e-mail", "e-mailadres", "score"]
        case .surveyMonkey:
            return ["respondent id", "collector id", "start date", "end date", "ip address", "email address", "first name",
                    "last name", "custom data 1"]
        }
    }

    /// The column that identifies a response, when the tool writes one.
    var defaultIDColumns: [String] {
        switch self {
        case .csv: return ["id"]
        case .limesurvey: return ["id"] + Self.limeSurveyHeadings.filter { $0.value == "id" }.map(\.key).sorted()
        case .qualtrics: return ["ResponseId", "ResponseID", "V1"]
        case .kobo: return ["_uuid", "_id", "meta/instanceID"]
        case .odk: return ["meta/instanceID", "KEY", "instanceID", "_uuid"]
        case .googleForms: return []
        case .surveyMonkey: return ["Respondent ID"]
        }
    }

    /// How a multi question's chosen options are joined in one cell.
    var multiSeparator: MultiSeparator {
        switch self {
        case .kobo, .odk: return .whitespace
        case .googleForms: return .commaSpace
        case .qualtrics: return .comma
        case .csv, .limesurvey, .surveyMonkey: return .semicolon
        }
    }

    enum MultiSeparator { case semicolon, whitespace, comma, commaSpace }

    /// What told an export's tool apart, for the "read as ..." note.
    enum Evidence: Sendable, Equatable {
        /// Column names of the tool's own, as the header writes them (`submitdate, lastpage`).
        case columns(String)
        /// Qualtrics' `ImportId` row, its legacy `V1`/`ResponseID` rows.
        case importIDRow, legacyHeaderRows

        /// The evidence in `wording`'s language.
        func text(_ wording: ExportWording) -> String {
            switch self {
            case .columns(let names): names
            case .importIDRow: wording.importIDRow
            case .legacyHeaderRows: wording.legacyHeaderRows
            }
        }
    }

    /// Recognises an export from its first rows; nil when nothing tells a tool apart.
    /// Returns the dialect and the evidence, for the "read as ..." note.
    static func detect(_ rows: [[String]]) -> (dialect: SurveyDialect, evidence: Evidence)? {
        guard let header = rows.first else { return nil }
        let names = Set(header.map { $0.trimmingSpaces.lowercased() })
        func found(_ candidates: [String]) -> [String] { candidates.filter { names.contains($0.lowercased()) } }
        if rows.count > 2, rows[2].contains(where: { $0.hasPrefix("{\"ImportId\"") }) {
            return (.qualtrics, .importIDRow)
        }
        let qualtrics = found(["ResponseId", "StartDate", "RecordedDate", "DistributionChannel"])
        if qualtrics.count >= 2 { return (.qualtrics, .columns(qualtrics.joined(separator: ", "))) }
        if rows.count > 1, header.first == "V1", rows[1].first?.trimmingSpaces == "ResponseID" {
            return (.qualtrics, .legacyHeaderRows)
        }
        let monkey = found(["Respondent ID", "Collector ID"])
        if !monkey.isEmpty { return (.surveyMonkey, .columns(monkey.joined(separator: ", "))) }
        let lime = header.map(\.trimmingSpaces).filter { name in
            ["submitdate", "lastpage", "startlanguage"].contains(limeSurveyCode(of: name))
        }
        if lime.count >= 2 { return (.limesurvey, .columns(lime.joined(separator: ", "))) }
        let odk = found(["meta/instanceID", "KEY", "SubmissionDate"])
        if odk.count >= 2 { return (.odk, .columns(odk.joined(separator: ", "))) }
        let kobo = found(["_uuid", "_submission_time", "_index", "_id"])
        if kobo.count >= 2 { return (.kobo, .columns(kobo.joined(separator: ", "))) }
        let google = found(["Timestamp", "Horodateur", "Tijdstempel"])
        if let first = header.first?.trimmingSpaces, google.contains(where: { $0.lowercased() == first.lowercased() }) {
            return (.googleForms, .columns(first))
        }
        return nil
    }

    /// The note that says which tool an export was read as, and why, in `wording`'s language.
    static func detectionNote(_ detected: (dialect: SurveyDialect, evidence: Evidence), file: String, wording: ExportWording = .english) -> Diagnostic {
        .note(SourceLocation(file: file), wording.detected(detected.dialect.displayName, detected.evidence.text(wording)))
    }

    /// LimeSurvey's own columns by the headings its exports give them, lowercased, to their
    /// codes: the codes themselves (question-code headings) and the full-text headings in the
    /// interface languages it exports (en, nl, fr, de).
    static let limeSurveyHeadings: [String: String] = {
        let codes = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token"]
        let texts: [String: [String]] = [
            "id": ["response id", "antwoord id", "id de la réponse", "antwort id"],
            "submitdate": ["date submitted", "datum verstuurd", "date de soumission", "datum abgeschickt"],
            "lastpage": ["last page", "laatste pagina", "dernière page", "letzte seite"],
            "startlanguage": ["start language", "starttaal", "langue de départ", "start-sprache"],
            "seed": ["seed", "zaadje", "tête de série", "zufallsstartwert"],
            "startdate": ["date started", "datum gestart", "date de lancement", "datum gestartet"],
            "datestamp": ["date last action", "datum laatste actie", "date de la dernière action", "datum letzte aktivität"],
            "ipaddr": ["ip address", "ip-adres", "adresse ip", "ip-adresse"],
            "refurl": ["referrer url", "verwijzende url", "url de provenance", "referrer-url"],
            "token": ["token", "toegangscode", "code d'accès", "zugangsschlüssel"],
        ]
        var headings = Dictionary(uniqueKeysWithValues: codes.map { ($0, $0) })
        for (code, names) in texts { for name in names { headings[name] = code } }
        return headings
    }()

    /// The code of a LimeSurvey column of its own (`submitdate` for "Date submitted"), by any of
    /// its headings, also as "question code & question text" writes it (`submitdate. Date submitted`).
    static func limeSurveyCode(of heading: String) -> String? {
        if let code = limeSurveyHeadings[heading.trimmingSpaces.lowercased()] { return code }
        guard let separator = heading.range(of: ". ") else { return nil }
        return limeSurveyHeadings[String(heading[..<separator.lowerBound]).trimmingSpaces.lowercased()]
    }

    /// `V1`, `V2`, ...: the legacy Qualtrics export's names of its own columns.
    static func isLegacyQualtricsName(_ name: String) -> Bool {
        name.count > 1 && name.first == "V" && name.dropFirst().allSatisfy(\.isASCII) && name.dropFirst().allSatisfy(\.isNumber)
    }

    /// How many rows of the export are headers.
    func headerRowCount(_ rows: [[String]]) -> Int {
        switch self {
        case .qualtrics:
            // Three rows (tags, texts, ImportIds), or the legacy two (tags, texts).
            return rows.count > 2 && rows[2].contains(where: { $0.hasPrefix("{\"ImportId\"") }) ? 3 : 2
        case .surveyMonkey: return 2
        default: return 1
        }
    }

    /// The columns described by the header rows.
    func columns(_ headerRows: [[String]]) -> [ExportColumn] {
        guard let names = headerRows.first else { return [] }
        var spanning = ""
        return names.enumerated().map { index, raw in
            let name = raw.trimmingSpaces
            func cell(_ row: Int) -> String? {
                guard headerRows.count > row, headerRows[row].indices.contains(index) else { return nil }
                let text = headerRows[row][index].trimmingSpaces
                return text.isEmpty ? nil : text
            }
            switch self {
            case .qualtrics:
                // The legacy export numbers its own columns V1, V2, ...; row 2 names them
                // (ResponseID, ResponseSet, Name, EmailAddress, IPAddress, ..., Finished).
                if Self.isLegacyQualtricsName(name), let own = cell(1) { return ExportColumn(index: index, name: own) }
                // Row 2 holds "Question text - Statement" for matrix and multi columns.
                return ExportColumn(index: index, name: name, text: cell(1))
            case .surveyMonkey:
                // Row 1 spans a question over its option columns; row 2 names the option.
                if !name.isEmpty { spanning = name }
                return ExportColumn(index: index, name: name.isEmpty ? "\(spanning) [\(cell(1) ?? "")]" : name,
                                    text: spanning, subLabel: cell(1))
            default:
                return ExportColumn(index: index, name: name)
            }
        }
    }
}

/// One column of an export as its header rows describe it.
struct ExportColumn: Sendable, Equatable {
    var index: Int
    /// The column's name (the first header row).
    package var name: String
    /// The question text, where a header row gives one.
    package var text: String?
    /// The option or statement the column stands for, where a header row gives one.
    var subLabel: String?

    init(index: Int, name: String, text: String? = nil, subLabel: String? = nil) {
        self.index = index
        self.name = name
        self.text = text
        self.subLabel = subLabel
    }
}
