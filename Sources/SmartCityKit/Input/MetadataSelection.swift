/// Which metadata columns of a responses file go into the reports: the ones the questionnaire
/// declares (all when it declares none), never personal data that survey tools export (e-mail,
/// IP address, location, recipient names, phone, device) unless kept by name, plus the columns
/// `--keep-column` names. What is left out is named once, in a note.
struct MetadataSelection {
    /// Positions (in the file's metadata columns) of the kept ones, in file order.
    var kept: [Int]
    package var diagnostics: [Diagnostic]

    /// Names of columns that hold personal data, normalised (lowercase letters and digits only).
    static let personalNames: Set<String> = [
        "email", "emailaddress", "recipientemail", "ipaddress", "ipaddr", "ip", "latitude", "longitude", "locationlatitude",
        "locationlongitude", "lat", "lon", "lng", "geolocation", "gps", "location", "recipientfirstname", "recipientlastname",
        "firstname", "lastname", "phone", "phonenumber", "telephone", "mobile", "deviceid", "subscriberid", "simserial", "username",
    ]

    static func normalised(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    /// Whether a column name is one survey tools use for personal data.
    static func isPersonal(_ name: String) -> Bool {
        let key = normalised(name)
        return personalNames.contains(key) || key.contains("email")
    }

    /// Every column kept.
    init(keepingAll count: Int) {
        kept = Array(0..<count)
        diagnostics = []
    }

    /// The columns of `names` to keep; what is left out is said in `wording`. A name of `keep`
    /// (`--keep-column`) the file does not have is a warning; one of `implied` (kept for another
    /// option, which reports a missing column itself) is not.
    init(names: [String], questionnaire: Questionnaire, keep: [String], implied: [String] = [], file: String,
         wording: ResponseFileWording = .english) {
        let location = SourceLocation(file: file)
        let keepKeys = Set((keep + implied).map { $0.lowercased() })
        let declared = questionnaire.metadata.map { Set($0.map { $0.id.lowercased() }) }
        var kept: [Int] = [], undeclared: [String] = [], personal: [String] = []
        diagnostics = []
        for (position, name) in names.enumerated() {
            let key = name.lowercased()
            if keepKeys.contains(key) {
                kept.append(position)
                if Self.isPersonal(name) {
                    diagnostics.append(.warning(SourceLocation(file: file, row: 1, column: name), wording.personalDataKept(name)))
                }
            } else if Self.isPersonal(name) {
                personal.append(name)
            } else if let declared, !declared.contains(key) {
                undeclared.append(name)
            } else {
                kept.append(position)
            }
        }
        self.kept = kept
        if !personal.isEmpty {
            diagnostics.append(.note(location, wording.personalDataLeftOut(personal.joined(separator: ", "))))
        }
        if !undeclared.isEmpty {
            diagnostics.append(.note(location, wording.undeclaredLeftOut(questionnaire.id, undeclared.joined(separator: ", "))))
        }
        let present = Set(names.map { $0.lowercased() })
        for name in keep where !present.contains(name.lowercased()) {
            diagnostics.append(.warning(location, wording.noSuchKeptColumn(name)))
        }
    }
}
