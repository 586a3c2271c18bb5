/// The wording of reading responses and of the analyses, declared in layers below this one, is
/// chosen by the run's language like the reports' (`LanguageWording.forLanguage`).
extension CSVWording: LanguageWording {}

/// So is why a workbook cannot be read.
extension WorkbookWording: LanguageWording {}

/// So is what is said about a survey tool's export.
extension ExportWording: LanguageWording {}

/// So is what the analyses say about the columns and waves they are given.
extension AnalysisWording: LanguageWording {}
