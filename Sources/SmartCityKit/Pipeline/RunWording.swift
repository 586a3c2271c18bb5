/// What the runs of `score`, `compare`, `stats`, `uncertainty`, `explain` and `validate` say when
/// they cannot go on, in one language: nothing left to compare, describe or analyse, an id or a
/// dimension not found, an earlier wave on other dimensions or another version of the
/// questionnaire, a temporary file that fails. A struct with a value per language, so that a
/// missing translation does not compile; chosen by the run's language.
struct RunWording: LanguageWording {
    /// `--select` names an id no ranked municipality has: (the id, the closest one, if any).
    var notRanked: @Sendable (_ id: String, _ closest: String?) -> String
    /// No municipality could be ranked.
    var nothingToCompare: String
    /// An earlier wave's questionnaire has other dimensions: (its label, the difference).
    var otherDimensions: @Sendable (_ label: String, _ difference: String) -> String
    /// An earlier wave answered on another questionnaire file: (its label, its questionnaire as
    /// `id version (SHA-256 abc…)`, the current one the same way).
    var otherVersion: @Sendable (_ label: String, _ earlier: String, _ current: String) -> String
    /// `stats`: no complete respondent.
    var nothingToDescribe: String
    /// `uncertainty`: no municipality with a total.
    var nothingToAnalyse: String
    /// `explain`: no such dimension (the id, the closest one, if any, the ids there are).
    var noDimension: @Sendable (_ id: String, _ closest: String?, _ ids: String) -> String
    /// `explain`: the row of the id was left out (the id, its row).
    var rowLeftOut: @Sendable (_ id: String, _ row: Int) -> String
    /// `explain`: the answers could not be kept (the id).
    var answersNotKept: @Sendable (_ id: String) -> String
    /// `explain`: no respondent could be scored.
    var noRespondent: String
    /// `explain`: no respondent has the id: (the id, the closest one).
    var noSuchIDLike: @Sendable (_ id: String, _ closest: String) -> String
    /// `explain`: no respondent has the id: (the id, the first ids, how many more).
    var noSuchID: @Sendable (_ id: String, _ ids: String, _ more: Int) -> String
    /// A temporary file of the run cannot be made or written: (what the system refused, as `action: reason`, and the reason alone,
    /// both worded by `system`).
    var temporaryUnwritable: @Sendable (_ message: String, _ reason: String) -> String
    /// A temporary file of the run cannot be read back: (the system's reason, worded by `system`).
    var temporaryUnreadable: @Sendable (_ reason: String) -> String
    /// A temporary file of the run does not hold what was written.
    var temporaryDamaged: String
    /// `validate`: ids beyond those in memory were not checked, for the failure above: (how many were).
    var idsNotChecked: @Sendable (_ checked: Int) -> String
    /// `compare`: the Markdown/HTML tables of one row per municipality list only their first rows:
    /// (those documents, how many rows they list, of how many, the CSV files that hold them all,
    /// whether those are written although not asked for).
    var tablesCut: @Sendable (_ documents: [String], _ listed: Int, _ count: Int, _ files: [String], _ added: Bool) -> String
    /// What the system refused about a temporary file, and why, in the same language.
    var system: FileSystemWording

    static let english = RunWording(
        notRanked: { id, closest in "no ranked municipality has the id \"\(id)\" given to --select" + (closest.map { "; did you mean \"\($0)\"?" } ?? "; give the ids of the id column (the first column of scores.csv), separated by commas") },
        nothingToCompare: "no municipality could be scored and ranked; nothing to compare",
        otherDimensions: { label, difference in
            "the questionnaire of wave \(label) has other dimensions than the current one (\(difference)); "
                + "waves can only be compared on the same dimensions: score each wave with a questionnaire of the same dimension set"
        },
        otherVersion: { label, earlier, current in
            "wave \(label) was answered on \(earlier), the current wave on \(current); questions or weights may differ, so part of a change can come from "
                + "the questionnaire: compare the two versions before reading the changes"
        },
        nothingToDescribe: "no complete respondent could be scored; there is nothing to describe",
        nothingToAnalyse: "no municipality could be scored with a total; nothing to analyse",
        noDimension: { id, closest, ids in "has no dimension \"\(id)\"; \(closest.map { "did you mean \"\($0)\"? " } ?? "")give one of \(ids) with --dimension" },
        rowLeftOut: { "the row of \"\($0)\" (row \($1)) was left out for the error above; correct it and run explain again" },
        answersNotKept: { "the answers of \"\($0)\" could not be kept; run explain again" },
        noRespondent: "holds no respondent that could be scored; give a responses file with the municipality's answers",
        noSuchIDLike: { "has no respondent with the id \"\($0)\"; did you mean \"\($1)\"? Give it with --id" },
        noSuchID: { id, ids, more in "has no respondent with the id \"\(id)\" (ids \(ids)\(more > 0 ? " and \(more) more" : "")); give one of its ids with --id" },
        temporaryUnwritable: { message, _ in
            "a temporary file of this run \(message); free space on that disk (or make the folder writable) and run the command again"
        },
        temporaryUnreadable: { "a temporary file of this run cannot be read: \($0); run the command again" },
        temporaryDamaged: "a temporary file of this run is damaged (changed or cut short while the run read it); run the command again",
        idsNotChecked: { "the ids after the first \($0) were not checked for duplicates" },
        tablesCut: { documents, listed, count, files, added in
            "\(documents.joined(separator: " and ")) \(documents.count == 1 ? "lists" : "list") the first \(listed) of \(count) "
                + "municipalities in each table of one row per municipality, and \(files.joined(separator: " and "))"
                + (added ? ", written as well, " : " ") + (files.count == 1 ? "holds" : "hold") + " them all"
                + (added ? "; add csv to --format to say so yourself" : "")
        },
        system: .english)

    static let dutch = RunWording(
        notRanked: { id, closest in "geen gerangschikte gemeente heeft de id \"\(id)\" die --select noemt" + (closest.map { "; bedoelt u \"\($0)\"?" } ?? "; geef de ids uit de id-kolom (de eerste kolom van scores.csv), gescheiden door komma's") },
        nothingToCompare: "geen enkele gemeente kon gescoord en gerangschikt worden; er valt niets te vergelijken",
        otherDimensions: { label, difference in
            "de vragenlijst van golf \(label) heeft andere dimensies dan de huidige (\(difference)); "
                + "golven kunnen alleen op dezelfde dimensies vergeleken worden: scoor elke golf met een vragenlijst met dezelfde dimensies"
        },
        otherVersion: { label, earlier, current in
            "golf \(label) werd beantwoord op \(earlier), de huidige golf op \(current); vragen of gewichten kunnen verschillen, dus een deel van een verandering "
                + "kan van de vragenlijst komen: vergelijk de twee versies voor u de veranderingen leest"
        },
        nothingToDescribe: "geen enkele volledige respondent kon gescoord worden; er valt niets te beschrijven",
        nothingToAnalyse: "geen enkele gemeente kon met een totaal gescoord worden; er valt niets te analyseren",
        noDimension: { id, closest, ids in "heeft geen dimensie \"\(id)\"; \(closest.map { "bedoelt u \"\($0)\"? " } ?? "")geef een van \(ids) met --dimension" },
        rowLeftOut: { "de rij van \"\($0)\" (rij \($1)) werd weggelaten wegens de fout hierboven; verbeter ze en voer explain opnieuw uit" },
        answersNotKept: { "de antwoorden van \"\($0)\" konden niet bewaard worden; voer explain opnieuw uit" },
        noRespondent: "bevat geen respondent die gescoord kon worden; geef een antwoordenbestand met de antwoorden van de gemeente",
        noSuchIDLike: { "heeft geen respondent met de id \"\($0)\"; bedoelt u \"\($1)\"? Geef die met --id" },
        noSuchID: { id, ids, more in "heeft geen respondent met de id \"\(id)\" (ids \(ids)\(more > 0 ? " en nog \(more)" : "")); geef een van zijn ids met --id" },
        temporaryUnwritable: { _, reason in
            "een tijdelijk bestand van deze uitvoering kan niet gemaakt of geschreven worden: \(reason); "
                + "maak ruimte vrij op die schijf (of maak de map schrijfbaar) en voer de opdracht opnieuw uit"
        },
        temporaryUnreadable: { "een tijdelijk bestand van deze uitvoering kan niet gelezen worden: \($0); voer de opdracht opnieuw uit" },
        temporaryDamaged: "een tijdelijk bestand van deze uitvoering is beschadigd (gewijzigd of afgekapt terwijl de uitvoering het las); voer de opdracht opnieuw uit",
        idsNotChecked: { "de ids na de eerste \($0) werden niet op dubbels gecontroleerd" },
        tablesCut: { documents, listed, count, files, added in
            "\(documents.joined(separator: " en ")) \(documents.count == 1 ? "toont" : "tonen") in elke tabel met een rij per gemeente "
                + "de eerste \(listed) van \(count) gemeenten; \(files.joined(separator: " en "))"
                + (added ? ", ook geschreven," : "") + (files.count == 1 ? " bevat" : " bevatten") + " ze allemaal"
                + (added ? "; voeg csv toe aan --format om dat zelf te vragen" : "")
        },
        system: .dutch)

    static let french = RunWording(
        notRanked: { id, closest in
            "aucune commune classée n’a l’identifiant «\u{202F}\(id)\u{202F}» donné à --select"
                + (closest.map { "\u{202F}; vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}?" }
                    ?? "\u{202F}; donnez les identifiants de la colonne d’identifiant (la première colonne de scores.csv), séparés par des virgules")
        },
        nothingToCompare: "aucune commune n’a pu être comptée et classée\u{202F}; il n’y a rien à comparer",
        otherDimensions: { label, difference in
            "le questionnaire de la vague \(label) a d’autres dimensions que l’actuel (\(difference))\u{202F}; "
                + "les vagues ne se comparent que sur les mêmes dimensions\u{202F}: comptez chaque vague avec un questionnaire aux mêmes dimensions"
        },
        otherVersion: { label, earlier, current in
            "la vague \(label) a été répondue sur \(earlier), la vague actuelle sur \(current)\u{202F}; les questions ou les poids peuvent différer, "
                + "une partie d’un changement peut donc venir du questionnaire\u{202F}: comparez les deux versions avant de lire les changements"
        },
        nothingToDescribe: "aucun répondant complet n’a pu être compté\u{202F}; il n’y a rien à décrire",
        nothingToAnalyse: "aucune commune n’a pu être comptée avec un total\u{202F}; il n’y a rien à analyser",
        noDimension: { id, closest, ids in
            "n’a pas de dimension «\u{202F}\(id)\u{202F}»\u{202F}; \(closest.map { "vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}? " } ?? "")"
                + "donnez l’une de \(ids) avec --dimension"
        },
        rowLeftOut: { "la ligne de «\u{202F}\($0)\u{202F}» (ligne \($1)) a été écartée pour l’erreur ci-dessus\u{202F}; corrigez-la et relancez explain" },
        answersNotKept: { "les réponses de «\u{202F}\($0)\u{202F}» n’ont pas pu être gardées\u{202F}; relancez explain" },
        noRespondent: "ne contient aucun répondant qui ait pu être compté\u{202F}; donnez un fichier de réponses avec les réponses de la commune",
        noSuchIDLike: { "n’a pas de répondant d’identifiant «\u{202F}\($0)\u{202F}»\u{202F}; vouliez-vous dire «\u{202F}\($1)\u{202F}»\u{202F}? Donnez-le avec --id" },
        noSuchID: { id, ids, more in
            "n’a pas de répondant d’identifiant «\u{202F}\(id)\u{202F}» (identifiants \(ids)\(more > 0 ? " et \(more) autres" : ""))\u{202F}; "
                + "donnez l’un de ses identifiants avec --id"
        },
        temporaryUnwritable: { _, reason in
            "un fichier temporaire de cette exécution ne peut pas être créé ou écrit\u{202F}: \(reason)\u{202F}; "
                + "libérez de l’espace sur ce disque (ou rendez le dossier accessible en écriture) et relancez la commande"
        },
        temporaryUnreadable: { "un fichier temporaire de cette exécution ne peut pas être lu\u{202F}: \($0)\u{202F}; relancez la commande" },
        temporaryDamaged: "un fichier temporaire de cette exécution est endommagé (modifié ou tronqué pendant la lecture)\u{202F}; relancez la commande",
        idsNotChecked: { "les identifiants après les \($0) premiers n’ont pas été vérifiés pour les doublons" },
        tablesCut: { documents, listed, count, files, added in
            "\(documents.joined(separator: " et ")) \(documents.count == 1 ? "liste" : "listent") les \(listed) premières communes sur \(count) "
                + "dans chaque tableau d’une ligne par commune\u{202F}; \(files.joined(separator: " et "))"
                + (added ? (files.count == 1 ? ", écrit aussi," : ", écrits aussi,") : "")
                + (files.count == 1 ? " les contient toutes" : " les contiennent toutes")
                + (added ? "\u{202F}; ajoutez csv à --format pour le demander vous-même" : "")
        },
        system: .french)
}
