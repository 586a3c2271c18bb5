// What is said about the files a run reads and writes is chosen by the run's language like the reports'.

extension FileSystemWording: LanguageWording {}
extension OutputFileWording: LanguageWording {}
extension QuestionnaireWording: LanguageWording {}
extension TargetsWording: LanguageWording {}
extension JSONWording: LanguageWording {}
extension SchemaWording: LanguageWording {}
extension QuestionnaireFileWording: LanguageWording {}
extension MappingWording: LanguageWording {}
