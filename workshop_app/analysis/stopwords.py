"""Stop words: Polish and English words that say nothing about a note's topic.

Two lists per language: surface forms (checked before any dictionary look-up,
so they work without language data) and lemmas (checked after lemmatisation,
so every inflected form of "być" or "który" is covered). Both are compared
after folding (lower case, no diacritics), so "wiecej" counts like "więcej".
"""

from __future__ import annotations

from workshop_app.analysis.text import fold

_POLISH_FORMS = """
a aby ach acz aczkolwiek ale ależ ani aż albo bardziej bardzo bez bo bowiem by byli
bym być był była było były będzie będą cali cała cały co cokolwiek coraz coś czasami
czasem czemu czy czyli często dla dlaczego dlatego do dość dużo dwa dwie dziś dzisiaj
gdy gdyby gdyż gdzie gdziekolwiek gdzieś go i ich ile im inna inne inny innych iż ja
ją jak jakaś jakby jaki jakie jakiś jakiż jako jakoś je jeden jedna jedno jednak
jednakże jego jej jemu jest jestem jeszcze jeśli jeżeli już każdy każda każde każdej
kiedy kilka kto ktoś która które którego której który których którym którzy ku lecz
lub ma mają mam mi mimo między mną mnie mogą moi moja moje może można mój mu musi my
na nad nam nami nas nasi nasz nasza nasze naszego naszych natomiast nawet nią nic
nich nie niech niego niej niemu nigdy nim nimi niż no o obok od około on ona one oni
ono oraz oto owszem po pod podczas pomimo ponad ponieważ powinien powinna powinni
powinno powinny poza prawie przecież przed przede przez przy również sam sama są się
skąd sobie sobą swoje swoich swój ta tak taka taki takie także tam te tego tej temu ten
teraz też to tobą tobie toteż trzeba tu tutaj ty tych tylko tym u w wam wami was wasz
wasza wasze we według wiele wielu więc więcej wszyscy wszystkich wszystkie wszystkim
wszystko wtedy wy właśnie z za zawsze ze znowu znów żadna żadne żadnych że żeby np
itd itp tzn tj min mln mld ok r zł
"""

_POLISH_LEMMAS = """
być mieć móc musieć chcieć powinien trzeba można ten tamten taki który jaki każdy
wszystek wszystko cały sam swój mój twój nasz wasz on ona ono oni my wy ja ty się
siebie co kto coś ktoś nic nikt jeden inny tylko także też również jeszcze już nawet
bardzo więcej dużo mało nie tak ale lub albo oraz czy że żeby aby jak gdy kiedy gdzie
bo ponieważ dla do na w z za od o u po przy przez pod nad przed między bez około
według wobec dzięki zamiast raz rok lato dzień tydzień miesiąc np zostać stać
"""

_ENGLISH = """
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your
yours yourself yourselves also via per etc e.g ie eg us let lets get need needs must
shall may might
"""

POLISH_FORMS: frozenset[str] = frozenset(fold(w) for w in _POLISH_FORMS.split())
POLISH_LEMMAS: frozenset[str] = frozenset(fold(w) for w in _POLISH_LEMMAS.split())
ENGLISH: frozenset[str] = frozenset(fold(w) for w in _ENGLISH.split())

# "a", "i", "to", "no" ... are stop words in both languages: fine for both uses.
ALL_FORMS: frozenset[str] = POLISH_FORMS | ENGLISH


def is_stop_form(folded: str) -> bool:
    """True for a folded surface word that is a stop word in Polish or English."""
    return folded in ALL_FORMS


def is_stop_lemma(folded_lemma: str) -> bool:
    """True for a folded lemma (Polish or English) that carries no topic."""
    return folded_lemma in POLISH_LEMMAS or folded_lemma in ENGLISH
