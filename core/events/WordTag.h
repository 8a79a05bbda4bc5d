#pragma once

#include <QtGlobal>

namespace chronoline::events {

// Coarse parts of speech: just enough to find clauses, their verbs and the noun
// phrases a headline keeps. Closed classes come from events_closedclass.txt.
enum class WordTag : quint8 {
    Punct, Num, Det, Pron, Obj, Poss, Prep, To, Conj, Sub, Rel, Wh,
    Be, Have, Do, Modal, Not, Adv, Verb, Noun, Adj, Name, PossMark,
};

// Verb forms, from the Penn Treebank tags of events_wordforms.txt or suffixes.
enum class VerbForm : quint8 { None, Base, Past, PastPart, Present3, Present, Gerund };

// Bits for the Penn Treebank tags a word form takes in the treebank lexicon.
enum PtbBit : quint16 {
    PtbVB = 1 << 0, PtbVBD = 1 << 1, PtbVBN = 1 << 2, PtbVBZ = 1 << 3, PtbVBP = 1 << 4,
    PtbVBG = 1 << 5, PtbMD = 1 << 6, PtbNN = 1 << 7, PtbNNP = 1 << 8, PtbJJ = 1 << 9,
    PtbRB = 1 << 10, PtbIN = 1 << 11, PtbOther = 1 << 12,
    PtbVerbs = PtbVB | PtbVBD | PtbVBN | PtbVBZ | PtbVBP | PtbVBG,
};

} // namespace chronoline::events
