"""A general concept lexicon of local and regional development policy.

Notes about the same topic often share no word ("bilet na kolej" and "autobusy
pracownicze"), so plain word overlap cannot group them. This lexicon adds one
piece of general knowledge: which words belong to the same policy area. Each
area is one *concept*; a note gets a concept feature for every word of that
area it contains, and the usual TF-IDF weighting then decides how telling the
concept is in this workshop.

The areas follow the usual chapters of Polish municipal, regional and
metropolitan development strategies and of the public budget classification
(transport, energy, environment, education, science, labour, enterprise,
administration, spatial planning, culture, health, social policy, housing,
tourism, ...). The words are the general vocabulary of each area, in Polish
dictionary form with some English equivalents, written as a general-purpose
list: it was not fitted to any particular set of notes, and it must never be
extended with words taken from a test file (see bench/suggest_quality.py).

Entry syntax: a lemma matches that lemma only; ``stem*`` matches every lemma
starting with ``stem`` (for derived words: ``kolej*`` = kolej, kolejowy, ...);
``!lemma`` keeps one lemma out of the area's stems (``!kolejka``, a queue).
Matching ignores case and diacritics.
"""

from __future__ import annotations

from collections.abc import Mapping

#: area id -> whitespace-separated entries.
CONCEPTS: Mapping[str, str] = {
    "transport": """
        mpk ztm pkp pks tabor minibus busik przesiadka tramwajowy trolejbusowy taryfa taryfowy abonament wiata intermodalny lotnisko lotniczy motorniczy pieszy !kolejka taxi
        transport* komunikacja komunikacyjny autobus* tramwaj* trolejbus* kolej* pociąg*
        metro szynobus* przystan* dworzec* stacja peron przewoźnik przewozy przewóz
        przejazd* dojazd* dojeżdżać dojeżdżający dojeżdż* bilet* rozkład kurs połączenie
        pasażer* podróż* mobilność mobilny rower* hulajnog* parking* parkowanie
        węzeł przesiadk* linia pętla taksówk* carsharing car-sharing
        aglomeracyjny buspas kierowca
        bus train railway rail tram ticket commute commuting transit mobility bike
        bicycle cycling parking passenger timetable shuttle
    """,
    "roads": """
        drogownictwo autostradowy obwodnica parkować
        droga drogowy ulica obwodnic* autostrad* ekspresowy korek* zator* ruch
        samochód* samochodowy auto skrzyżowanie rondo most wiadukt chodnik nawierzchnia
        remont przebudowa road highway traffic congestion car bridge
    """,
    "energy": """
        elektromobilność ładowarka ładowanie geotermi* kogeneracj* moc megawat kilowat zasilanie jądrow* atom gazociąg bateria akumulator*
        energ* prąd elektryczn* ciepł* ogrzewanie grzewczy piec* kocioł* kotł* paliwo
        węgiel węglowy gaz gazowy fotowoltai* panel* słoneczny solar* wiatr* wiatrak
        turbina elektrowni* elektrociepłowni* oze odnawialny magazyn* wodór wodorowy
        biogaz* biomas* pompa termomodernizacj* izolacja docieplenie efektywność
        prosument* sieć
        energy power electricity heat heating solar photovoltaic wind renewable
        hydrogen battery grid efficiency fuel
    """,
    "climate_environment": """
        niskoemisyjn* bezemisyjn* zeroemisyjn* antysmogow* pył kompost* plastik* opakowani* deszczówk* nasadzeni* łąka upał adaptacj* esg upcykling* naprawa
        klimat* emisj* emisyjn* co2 dwutlenek zanieczyszcz* smog powietrze ekolog*
        środowisk* zielony zieleń przyrod* drzewo las park odpad* śmieci recykling*
        segregacj* cyrkularny woda wodny ściek* kanalizacj*
        retencj* susza powódź hałas neutralność dekarbonizacj* zrównoważony
        bioróżnorodność
        climate emission emissions pollution environment environmental green waste
        recycling circular sustainable sustainability water air
    """,
    "school_education": """
        uczniowski podstawówk* kuratori* wychowawc* pedagog* zajęcia korepetycj* olimpiad* stypendi*
        szkoła szkolny szkolnictw* uczeń* uczennic* nauczyciel* dyrektor przedszkol*
        żłob* edukacj* edukacyjny oświat* lekcj* klasa kształceni* kształcić
        nauczanie nauczać wychowanie absolwent* matura egzamin podręcznik
        rodzic* młodzież* dziecko liceum
        school pupil student teacher education educational curriculum classroom
        kindergarten youth
    """,
    "vocational_labour": """
        kariera etat wynagrodzeni* płaca pensja certyfikat* uprawnieni* fach fachow* reskilling upskilling
        zawod* technik* branżow* praktyk* praktykant* staż* stażyst* pracodawc*
        pracownik* pracowniczy zatrudnieni* zatrudniać bezroboci*
        rekrutacj* kwalifikacj* kompetencj* umiejętnoś* szkoleni* kurs przekwalifik*
        dualny rzemieśl* rzemiosł*
        czeladnik kadra kadry talent
        vocational apprenticeship apprentice internship intern trainee employer
        employee employment job jobs workforce skills training recruitment
    """,
    "higher_education_research": """
        nauk* badacz* rektor* dziekan* wydział* katedr* habilitacj* kampus* konsorcj*
        uczelni* uniwersytet* politechnik* akademi* akademicki student* studia
        doktorat* doktorant* doktorski promotor naukow* nauka badanie badawczy
        badawczo-rozwojowy b+r laborator* instytut* ekspert* ekspertyz* wiedz*
        publikacj* grant* patent* transfer wdrożeni* wdrożeniow* komercjalizacj*
        dyplomow* magisterski inżynierski profesor wykładowc* spin-off spinoff
        university universities academic academia research researcher researchers
        scientist science lab laboratory phd doctoral thesis knowledge
    """,
    "innovation_technology": """
        blockchain iot 5g eksperymentaln* demonstrator* ekosystem* hub deeptech
        innowac* innowacyjn* technolog* start-up startup* pilotaż* pilotażow* pilot
        testowa* prototyp* eksperyment* smart inteligentn*
        czujnik* sensor* dron* automatyzacj* robot* sztuczn* ai it informatyk*
        nowoczesn* rozwiązanie akcelerator* inkubator* hackathon
        innovation innovative technology tech startups pilot testing prototype
        sensor drone smart sandbox accelerator incubator
    """,
    "digital_services": """
        informatycz* mobywatel doręczeni* digitalizacj* zdalny zdalnie wideo wirtualn* webinar* qr sms powiadomieni* e-learning
        cyfryzacj* cyfrow* elektroniczn* internet* internetow* online on-line
        aplikacj* portal* platform* system* e-usług* e-usługa
        login logowanie konto formularz* wniosek* e-wniosek
        e-płatność płatnoś* chatbot* czat* serwis* dane
        informatyzacj* komputer* oprogramowani* cyberbezpiecz* mobiln* smartfon*
        digital digitisation digitization electronic internet app application
        website portal platform login account form chatbot software data
    """,
    "public_administration": """
        starosta sołectw* sołtys magistrat* ratusz uchwał* zarządzeni* regulamin* przepis* kontrol* inspekcj* rejestr* ewidencj* zaświadczeni* kolejka
        urząd urzęd* urzędnik* administracj* administracyjny samorząd* samorządow*
        gmina gminny powiat* województw* starostw* marszałk* wójt burmistrz prezydent
        rada radny sprawa* procedur* decyzj* pozwolenie* zezwoleni* dokument*
        biurokracj* okienko obsługa interesant* petent* kancelari* podatek* podatkow*
        opłat* przetarg* zamówieni*
        office administration bureaucracy municipality permit procedure document
        clerk officials tax taxes procurement tender
    """,
    "investment_land": """
        zabudow* sse reindustrializacj* relokacj* nearshoring
        inwest* teren* grunt* działk* nieruchomoś* mpzp
        zagospodarowani* planowani* przestrzenn* uzbrojeni* uzbroić
        strefa* ekonomiczn* przemysłow*
        hala* magazyn* logistyk* logistyczn* lokalizacj*
        greenfield brownfield hektar*
        investor investment investments land plot site zoning industrial estate
        greenfield brownfield logistics
    """,
    "enterprise_support": """
        franczyz* biznesplan* samozatrudnieni* ulga
        przedsiębior* firm* msp mśp mikroprzedsiębiorstw* biznes* biznesow*
        gospodarcz* spółk* kooperacj* konkurencyj*
        eksport* rynek rynkow* dotacj* pożyczk* kredyt* fundusz* dofinansowa*
        finansowa* voucher* bon* wsparci* doradztw* doradc* klient* usługodawc*
        business businesses company companies firm firms sme smes entrepreneur
        entrepreneurs entrepreneurship loan grant funding subsidy export market
    """,
    "promotion_marketing": """
        identyfikacj* wizytówk* newsletter* prasa prasow* dziennikarz* facebook linkedin instagram youtube tiktok social kongres* misja
        promocj* promować promowa* promocyjn* marka marketing* wizerun* kampani*
        reklam* ambasador* targ* wystaw* stoisk* konferencj*
        społecznościow* influencer* branding logo hasło slogan przekaz* komunikat*
        raport* ranking* rozpoznawalnoś* prestiż* narracj* storytelling
        promotion promote marketing brand branding image campaign advertising
        ambassador fair fairs expo exhibition report ranking
    """,
    "tourism_culture": """
        turyst* turystyk* turystyczn* hotel* nocleg* zabyt* dziedzictw* muzeum
        muzea kultur* kulturaln* festiwal* koncert* teatr* sztuka artyst* wydarzeni*
        imprez* rekreacj* sport* sportow* boisko basen stadion
        tourism tourist tourists heritage museum culture cultural festival event
        events sport sports recreation
    """,
    "health_social": """
        zdrow* szpital* przychodni* lekarz* pacjent* opieka opiekuńcz* senior*
        starsz* niepełnospraw* społeczn* rodzin* ubóstw* wykluczeni*
        integracj* dostępnoś* włączeni* wolontariu* mieszkaniow* mieszkani* czynsz*
        health hospital doctor care senior seniors elderly disability social family
        housing inclusion
    """,
    "cooperation_governance": """
        współprac* partnerstw* partner* dialog* forum konsultacj* partycypacj*
        porozumieni* koordynacj* koordynator* wspólnot* metropolia metropoli*
        metropolitaln* aglomeracj* region* regionaln* subregion*
        sieciowani* networking spotkanie* sieć
        cooperation collaboration partnership partners dialogue consultation
        participation coordination network networking metropolitan region regional
    """,
}
