/// What `smartcity assess` says about its files on stderr - the answers file it saves to, the
/// file it starts from, the report folder - in the dialogue's language, beside `AssessmentStrings`
/// (the dialogue itself). A struct, so that a missing translation does not compile.
package struct AssessmentMessages: LanguageWording {
    /// A workbook given as the answers file together with `--start-from`.
    var workbookNeverWritten: String
    /// A workbook given as the answers file: read, and saved in (the default answers file, the workbook).
    var workbookTakenOver: @Sendable (_ saved: String, _ workbook: String) -> String
    /// A JSON file or workbook as the answers file.
    var answersAreCSV: String
    var answersFileIsFolder: String
    /// The report folder holds reports: (how many more besides the one named).
    var reportsExist: @Sendable (_ more: Int) -> String
    /// The answers file holds another municipality: (its id, the id given).
    var anotherMunicipality: @Sendable (_ held: String, _ given: String) -> String
    /// The answers file's municipality is not in the file to start from: (its id, that file).
    var notInStartingFile: @Sendable (_ held: String, _ startingFrom: String) -> String
    /// The answers file exists, so the file to start from is not read: (that file, the answers file).
    var answersFileGoesOn: @Sendable (_ startingFrom: String, _ answers: String) -> String
    /// "ids a, b, c and 9 more": (the ids shown, how many more).
    var idList: @Sendable (_ ids: [String], _ more: Int) -> String
    /// How to start from a file assess will not rewrite: (the file, whether it holds several respondents).
    var startFromIt: @Sendable (_ path: String, _ several: Bool) -> String
    /// The answers file holds several respondents: (count, id list, fix).
    var severalRespondents: @Sendable (_ count: Int, _ ids: String, _ fix: String) -> String
    /// The answers file has columns assess does not write: (the columns, fix).
    var foreignColumns: @Sendable (_ columns: String, _ fix: String) -> String
    var noRespondentToStartFrom: String
    /// (count, id list).
    var chooseRespondent: @Sendable (_ count: Int, _ ids: String) -> String
    /// (the id, id list).
    var noSuchRespondent: @Sendable (_ id: String, _ ids: String) -> String
    /// The respondent to start from is not in the file, but one id is close to it: (the id given, the closest).
    var noSuchRespondentLike: @Sendable (_ id: String, _ closest: String) -> String
    /// The target answers hold no row of this municipality: (its id).
    package var noTargetAnswers: @Sendable (_ id: String) -> String
    package var nothingToReport: String

    package static let english = AssessmentMessages(
        workbookNeverWritten: "is a workbook, which assess reads but never writes; name the CSV file to save the answers in with --answers",
        workbookTakenOver: { "is a workbook, which assess reads but never writes: its answers are taken over and saved in \($0) (to save them elsewhere: --start-from \($1) --answers FILE.csv)" },
        answersAreCSV: "assess saves its answers as CSV; name a .csv file with --answers (and start from this file with --start-from)",
        answersFileIsFolder: "is a folder; name the answers file with --answers FILE.csv",
        reportsExist: { "already exists\($0 > 0 ? " and \($0) more report files" : ""); the assessment's report would replace them. Use --force to overwrite, or --out to write elsewhere" },
        anotherMunicipality: { "holds the assessment of \"\($0)\", not of \"\($1)\"; leave --id out to go on with it, or save \"\($1)\" in a new file with --answers NEW.csv" },
        notInStartingFile: { "holds the assessment of \"\($0)\", whom \($1) does not hold; to start from \($1), save in a new file with --answers NEW.csv" },
        answersFileGoesOn: { "exists: the assessment goes on with its answers; \($0) is read only to start a new answers file (remove \($1) to start again from it)" },
        idList: { "ids " + $0.joined(separator: ", ") + ($1 > 0 ? " and \($1) more" : "") },
        startFromIt: { "start from it in a new answers file: --start-from \($0)\($1 ? " --id ID" : "") --answers NEW.csv" },
        severalRespondents: { "holds \($0) respondents (\($1)); assess saves the answers of one municipality and would lose the others; \($2)" },
        foreignColumns: { "has columns an answers file of assess does not keep (\($0)); saving would lose them; \($1)" },
        noRespondentToStartFrom: "holds no respondent to start from; give a file with the municipality's answers",
        chooseRespondent: { "holds \($0) respondents (\($1)); choose the municipality with --id ID" },
        noSuchRespondent: { "has no respondent with the id \"\($0)\" (\($1)); give one of its ids with --id" },
        noSuchRespondentLike: { "has no respondent with the id \"\($0)\"; did you mean \"\($1)\"? Give it with --id" },
        noTargetAnswers: { "has no respondent with the id \"\($0)\"; give the target answers of this municipality" },
        nothingToReport: "holds no respondent to report on; answer at least the municipality's id and name")

    package static let dutch = AssessmentMessages(
        workbookNeverWritten: "is een werkmap, die assess leest maar nooit schrijft; geef met --answers het CSV-bestand waarin de antwoorden bewaard worden",
        workbookTakenOver: { "is een werkmap, die assess leest maar nooit schrijft: de antwoorden worden overgenomen en bewaard in \($0) (om ze elders te bewaren: --start-from \($1) --answers BESTAND.csv)" },
        answersAreCSV: "assess bewaart de antwoorden als CSV; geef een .csv-bestand met --answers (en begin van dit bestand met --start-from)",
        answersFileIsFolder: "is een map; geef het antwoordbestand met --answers BESTAND.csv",
        reportsExist: { "bestaat al\($0 > 0 ? " met nog \($0) rapportbestanden" : ""); het rapport van de zelfevaluatie zou ze vervangen. Gebruik --force om te overschrijven, of --out om elders te schrijven" },
        anotherMunicipality: { "bevat de zelfevaluatie van \"\($0)\", niet van \"\($1)\"; laat --id weg om ermee verder te gaan, of bewaar \"\($1)\" in een nieuw bestand met --answers NIEUW.csv" },
        notInStartingFile: { "bevat de zelfevaluatie van \"\($0)\", die niet in \($1) staat; om van \($1) te beginnen, bewaar in een nieuw bestand met --answers NIEUW.csv" },
        answersFileGoesOn: { "bestaat: de zelfevaluatie gaat verder met de antwoorden erin; \($0) wordt alleen gelezen om een nieuw antwoordbestand te beginnen (verwijder \($1) om er opnieuw van te beginnen)" },
        idList: { "ids " + $0.joined(separator: ", ") + ($1 > 0 ? " en nog \($1)" : "") },
        startFromIt: { "begin ervan in een nieuw antwoordbestand: --start-from \($0)\($1 ? " --id ID" : "") --answers NIEUW.csv" },
        severalRespondents: { "bevat \($0) respondenten (\($1)); assess bewaart de antwoorden van één gemeente en zou de andere verliezen; \($2)" },
        foreignColumns: { "heeft kolommen die een antwoordbestand van assess niet bewaart (\($0)); bewaren zou ze verliezen; \($1)" },
        noRespondentToStartFrom: "bevat geen respondent om van te beginnen; geef een bestand met de antwoorden van de gemeente",
        chooseRespondent: { "bevat \($0) respondenten (\($1)); kies de gemeente met --id ID" },
        noSuchRespondent: { "heeft geen respondent met de id \"\($0)\" (\($1)); geef een van zijn ids met --id" },
        noSuchRespondentLike: { "heeft geen respondent met de id \"\($0)\"; bedoelt u \"\($1)\"? Geef die met --id" },
        noTargetAnswers: { "heeft geen respondent met de id \"\($0)\"; geef de doelantwoorden van deze gemeente" },
        nothingToReport: "bevat geen respondent om over te rapporteren; beantwoord minstens de id en de naam van de gemeente")

    package static let french = AssessmentMessages(
        workbookNeverWritten: "est un classeur, qu’assess lit mais n’écrit jamais\u{202F}; indiquez avec --answers le fichier CSV où enregistrer les réponses",
        workbookTakenOver: { "est un classeur, qu’assess lit mais n’écrit jamais\u{202F}: ses réponses sont reprises et enregistrées dans \($0) (pour les enregistrer ailleurs\u{202F}: --start-from \($1) --answers FICHIER.csv)" },
        answersAreCSV: "assess enregistre ses réponses en CSV\u{202F}; indiquez un fichier .csv avec --answers (et partez de ce fichier avec --start-from)",
        answersFileIsFolder: "est un dossier\u{202F}; indiquez le fichier de réponses avec --answers FICHIER.csv",
        reportsExist: { "existe déjà\($0 > 0 ? " avec \($0) autres fichiers de rapport" : "")\u{202F}; le rapport de l’évaluation les remplacerait. Utilisez --force pour écraser, ou --out pour écrire ailleurs" },
        anotherMunicipality: { "contient l’évaluation de «\u{202F}\($0)\u{202F}», pas de «\u{202F}\($1)\u{202F}»\u{202F}; omettez --id pour la poursuivre, ou enregistrez «\u{202F}\($1)\u{202F}» dans un nouveau fichier avec --answers NOUVEAU.csv" },
        notInStartingFile: { "contient l’évaluation de «\u{202F}\($0)\u{202F}», absente de \($1)\u{202F}; pour partir de \($1), enregistrez dans un nouveau fichier avec --answers NOUVEAU.csv" },
        answersFileGoesOn: { "existe\u{202F}: l’évaluation continue avec ses réponses\u{202F}; \($0) n’est lu que pour commencer un nouveau fichier de réponses (supprimez \($1) pour repartir de lui)" },
        idList: { "identifiants " + $0.joined(separator: ", ") + ($1 > 0 ? " et \($1) autres" : "") },
        startFromIt: { "partez-en dans un nouveau fichier de réponses\u{202F}: --start-from \($0)\($1 ? " --id ID" : "") --answers NOUVEAU.csv" },
        severalRespondents: { "contient \($0) répondants (\($1))\u{202F}; assess enregistre les réponses d’une seule commune et perdrait les autres\u{202F}; \($2)" },
        foreignColumns: { "a des colonnes qu’un fichier de réponses d’assess ne garde pas (\($0))\u{202F}; l’enregistrer les perdrait\u{202F}; \($1)" },
        noRespondentToStartFrom: "ne contient aucun répondant dont partir\u{202F}; indiquez un fichier avec les réponses de la commune",
        chooseRespondent: { "contient \($0) répondants (\($1))\u{202F}; choisissez la commune avec --id ID" },
        noSuchRespondent: { "n’a pas de répondant d’identifiant «\u{202F}\($0)\u{202F}» (\($1))\u{202F}; indiquez l’un de ses identifiants avec --id" },
        noSuchRespondentLike: { "n’a pas de répondant d’identifiant «\u{202F}\($0)\u{202F}»\u{202F}; vouliez-vous dire «\u{202F}\($1)\u{202F}»\u{202F}? Indiquez-le avec --id" },
        noTargetAnswers: { "n’a pas de répondant d’identifiant «\u{202F}\($0)\u{202F}»\u{202F}; indiquez les réponses cibles de cette commune" },
        nothingToReport: "ne contient aucun répondant sur qui faire rapport\u{202F}; répondez au moins à l’identifiant et au nom de la commune")
}
