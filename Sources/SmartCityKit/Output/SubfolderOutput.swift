/// An output that puts every file of a renderer into a subfolder of another output's folder
/// (`score --municipality-column` writes the respondent-level files into `respondents/`).
final class SubfolderOutput: ReportOutput {
    private let base: ReportOutput
    private let folder: String

    init(_ folder: String, of base: ReportOutput) {
        self.folder = folder
        self.base = base
    }

    private func path(_ relativePath: String) -> String { FilePath.join(folder, relativePath) }

    func write(_ contents: String, to relativePath: String) throws { try base.write(contents, to: path(relativePath)) }
    func append(_ text: String, to relativePath: String) throws { try base.append(text, to: path(relativePath)) }
    func append(_ bytes: ByteBuffer, to relativePath: String) throws { try base.append(bytes, to: path(relativePath)) }
    func write(bytes: [UInt8], to relativePath: String) throws { try base.write(bytes: bytes, to: path(relativePath)) }
    func append(bytes: [UInt8], to relativePath: String) throws { try base.append(bytes: bytes, to: path(relativePath)) }
}
