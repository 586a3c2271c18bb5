/// Why a workbook given as responses cannot be read, in one language: a file saved in another
/// format (`.xls`, `.ods`, a ZIP archive that is no `.xlsx`), a sheet it lacks, and the
/// questionnaire's workbook without its municipality id, a damaged part (`part`: its XML, a
/// cell's reference, type or style, named by the part, its line and column), and a ZIP container
/// that cannot be opened (`zip`). A struct with a value per language, so that a missing translation does
/// not compile; chosen by the run's language (`ReadingOptions.workbookWording`).
struct WorkbookWording: Sendable, LanguageWording {
    /// An OLE2 file: Excel 97-2003 or a password-protected workbook.
    var legacyOrProtected: String
    /// An OpenDocument spreadsheet.
    var openDocument: String
    /// A ZIP archive without a workbook part: (the part looked for).
    var notAnXLSX: @Sendable (_ part: String) -> String
    /// The workbook names a sheet it does not hold: (the sheet's name).
    var missingSheet: @Sendable (_ name: String) -> String
    /// `--sheet` names a sheet the workbook has not: (the name given, its visible sheets).
    var noSheetNamed: @Sendable (_ name: String, _ sheets: String) -> String
    /// No visible sheet.
    var noVisibleSheet: String
    /// The questionnaire's workbook without a municipality id: (the sheet's name).
    var templateWithoutID: @Sendable (_ sheet: String) -> String
    /// What is said about a damaged part.
    var part: WorkbookPartWording
    /// Why the ZIP container cannot be opened.
    var zip: WorkbookZipWording

    static let english = WorkbookWording(
        legacyOrProtected: "is an Excel 97-2003 (.xls) or password-protected workbook; save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8",
        openDocument: "is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) or as CSV UTF-8",
        notAnXLSX: { "is a ZIP archive but not an .xlsx workbook (no \($0)); save it from the spreadsheet program as an Excel Workbook (.xlsx)" },
        missingSheet: { "names a sheet \"\($0)\" that it does not hold; save the workbook again from the spreadsheet program" },
        noSheetNamed: { "has no sheet named \"\($0)\"; its sheets are \($1)" },
        noVisibleSheet: "has no sheet to read (its xl/workbook.xml lists no visible sheet); unhide the sheet of responses, or save the workbook again as .xlsx",
        templateWithoutID: {
            "is the questionnaire's workbook, but its municipality id (cell B1 of sheet \"\($0)\") is empty; fill in the id, the name and the answers, save, and score it again"
        },
        part: .english,
        zip: .english)

    static let dutch = WorkbookWording(
        legacyOrProtected: "is een werkmap van Excel 97-2003 (.xls) of een werkmap met wachtwoord; bewaar ze als Excel-werkmap (.xlsx) zonder wachtwoord, of als CSV UTF-8",
        openDocument: "is een OpenDocument-rekenblad (.ods); bewaar het als Excel-werkmap (.xlsx) of als CSV UTF-8",
        notAnXLSX: { "is een ZIP-archief maar geen .xlsx-werkmap (geen \($0)); bewaar het vanuit het rekenbladprogramma als Excel-werkmap (.xlsx)" },
        missingSheet: { "noemt een werkblad \"\($0)\" dat ze niet bevat; bewaar de werkmap opnieuw vanuit het rekenbladprogramma" },
        noSheetNamed: { "heeft geen werkblad met de naam \"\($0)\"; haar werkbladen zijn \($1)" },
        noVisibleSheet: "heeft geen werkblad om te lezen (haar xl/workbook.xml noemt geen zichtbaar werkblad); maak het werkblad met de antwoorden zichtbaar, "
            + "of bewaar de werkmap opnieuw als .xlsx",
        templateWithoutID: {
            "is de werkmap van de vragenlijst, maar de id van de gemeente (cel B1 van werkblad \"\($0)\") is leeg; "
                + "vul de id, de naam en de antwoorden in, bewaar en scoor ze opnieuw"
        },
        part: .dutch,
        zip: .dutch)

    static let french = WorkbookWording(
        legacyOrProtected: "est un classeur Excel 97-2003 (.xls) ou protégé par mot de passe\u{202F}; enregistrez-le comme classeur Excel (.xlsx) sans mot de passe, ou en CSV UTF-8",
        openDocument: "est un tableur OpenDocument (.ods)\u{202F}; enregistrez-le comme classeur Excel (.xlsx) ou en CSV UTF-8",
        notAnXLSX: { "est une archive ZIP mais pas un classeur .xlsx (pas de \($0))\u{202F}; enregistrez-le depuis le tableur comme classeur Excel (.xlsx)" },
        missingSheet: { "nomme une feuille «\u{202F}\($0)\u{202F}» qu’il ne contient pas\u{202F}; enregistrez à nouveau le classeur depuis le tableur" },
        noSheetNamed: { "n’a pas de feuille nommée «\u{202F}\($0)\u{202F}»\u{202F}; ses feuilles sont \($1)" },
        noVisibleSheet: "n’a aucune feuille à lire (son xl/workbook.xml ne liste aucune feuille visible)\u{202F}; affichez la feuille des réponses, "
            + "ou enregistrez à nouveau le classeur en .xlsx",
        templateWithoutID: {
            "est le classeur du questionnaire, mais l’identifiant de la commune (cellule B1 de la feuille «\u{202F}\($0)\u{202F}») est vide\u{202F}; "
                + "indiquez l’identifiant, le nom et les réponses, enregistrez, et comptez-le à nouveau"
        },
        part: .french,
        zip: .french)
}
