/// Why a scored response is kept out of the ranking and the cohort statistics (unless the run
/// includes incomplete responses): the survey tool marks it unfinished, or too little of the
/// questionnaire was answered.
package enum IncompleteReason: Sendable, Equatable {
    /// LimeSurvey: the response was never submitted (`submitdate` empty).
    case notSubmitted
    /// Qualtrics: `Finished` is false.
    case notFinished
    /// Qualtrics: `Progress` (percent) below 100.
    case partialProgress(percent: Double)
    /// The answered share of the questionnaire is below `scoring.minimumTotalCoverage`.
    case lowCoverage(Fraction)
}
