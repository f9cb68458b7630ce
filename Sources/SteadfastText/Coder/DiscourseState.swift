import SteadfastCore

/// What the coder remembers from sentence to sentence of one document: the client under threat
/// (so that "only condemning the attacks" helps the right party) and the last acting subject (so
/// that "it" and "they" continue it).
struct DiscourseState {
    /// The most recent threatened client.
    var focusClient: String?
    /// The most recent source of a threat.
    var focusAdversary: String?
    /// The most recent subject that acted.
    var lastSource: String?
    /// The date of the most recent sentence that wrote one, for clauses that write none.
    var lastDate: PartialDate?
    /// The date last written for each threat (source, target, kind): a threat told again without a
    /// date of its own ("American forces stormed the residence") is the same operation.
    var threatDates: [String: PartialDate] = [:]
}
