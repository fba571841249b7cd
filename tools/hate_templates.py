"""Writes tools/data/hate_templates.jsonl: project-written sentences about groups of
people, hateful and not, in the 11 languages (our own wording; no evaluation set was
copied). Run: python tools/hate_templates.py. Used by the `hate` head as `hand` rows."""

from __future__ import annotations

import json
from pathlib import Path

# language: (groups, hateful patterns, non-hateful patterns); {g} is the group.
TEMPLATES = {
    "en": (["immigrants", "Muslims", "Jews", "gay people", "women", "Black people",
            "disabled people", "trans people"],
           ["{g} are a plague on this country.", "{g} are subhuman trash.",
            "Get {g} out of our neighbourhood, they ruin everything.",
            "{g} should not be allowed to vote.", "Honestly, {g} disgust me.",
            "{g} are all criminals and liars."],
           ["{g} are our neighbours, colleagues and friends.", "{g} deserve equal rights.",
            "We stand with {g} against discrimination.",
            "Calling {g} a plague is hateful and wrong."]),
    "fr": (["les immigrés", "les musulmans", "les juifs", "les homosexuels", "les femmes",
            "les Noirs", "les handicapés"],
           ["{G} sont une plaie pour ce pays.", "{G} sont des sous-hommes.",
            "Virez {g} de notre quartier, ils gâchent tout.",
            "{G} ne devraient pas avoir le droit de vote.", "{G} me dégoûtent.",
            "{G} sont tous des criminels et des menteurs."],
           ["{G} sont nos voisins, nos collègues et nos amis.",
            "{G} méritent les mêmes droits.", "Nous sommes aux côtés des {h} face aux discriminations.",
            "Traiter {g} de plaie, c'est de la haine."]),
    "de": (["Ausländer", "Muslime", "Juden", "Schwule", "Frauen", "Schwarze", "Behinderte"],
           ["{G} sind eine Plage für dieses Land.", "{G} sind Untermenschen.",
            "Schmeißt die {g} aus unserem Viertel, sie machen alles kaputt.",
            "{G} sollten nicht wählen dürfen.", "{G} widern mich an.",
            "{G} sind alle Verbrecher und Lügner."],
           ["{G} sind unsere Nachbarn, Kollegen und Freunde.", "{G} verdienen gleiche Rechte.",
            "Wir stehen an der Seite der {g} gegen Diskriminierung.",
            "{G} als Plage zu bezeichnen ist Hetze."]),
    "es": (["los inmigrantes", "los musulmanes", "los judíos", "los gays", "las mujeres",
            "los negros", "los discapacitados"],
           ["{G} son una plaga para este país.", "{G} son basura infrahumana.",
            "Echad a {g} del barrio, lo estropean todo.", "{G} no deberían poder votar.",
            "{G} me dan asco.", "{G} son todos unos criminales y mentirosos."],
           ["{G} son nuestros vecinos, compañeros y amigos.", "{G} merecen los mismos derechos.",
            "Estamos con {g} contra la discriminación.", "Llamar plaga a {g} es odio."]),
    "it": (["gli immigrati", "i musulmani", "gli ebrei", "i gay", "le donne", "i neri",
            "i disabili"],
           ["{G} sono una piaga per questo paese.", "{G} sono spazzatura subumana.",
            "Cacciate {g} dal quartiere, rovinano tutto.", "{G} non dovrebbero votare.",
            "{G} mi fanno schifo.", "{G} sono tutti criminali e bugiardi."],
           ["{G} sono i nostri vicini, colleghi e amici.", "{G} meritano pari diritti.",
            "Stiamo con {g} contro la discriminazione.", "Chiamare {g} una piaga è odio."]),
    "pt": (["os imigrantes", "os muçulmanos", "os judeus", "os gays", "as mulheres",
            "os negros", "os deficientes"],
           ["{G} são uma praga neste país.", "{G} são lixo sub-humano.",
            "Expulsem {g} do bairro, eles estragam tudo.", "{G} não deviam poder votar.",
            "{G} me dão nojo.", "{G} são todos criminosos e mentirosos."],
           ["{G} são nossos vizinhos, colegas e amigos.", "{G} merecem direitos iguais.",
            "Estamos com {g} contra a discriminação.", "Chamar {g} de praga é ódio."]),
    "nl": (["immigranten", "moslims", "joden", "homo's", "vrouwen", "zwarte mensen",
            "gehandicapten"],
           ["{G} zijn een plaag voor dit land.", "{G} zijn ondermensen.",
            "Gooi die {g} onze wijk uit, ze verpesten alles.", "{G} zouden niet mogen stemmen.",
            "{G} walgen me.", "{G} zijn allemaal criminelen en leugenaars."],
           ["{G} zijn onze buren, collega's en vrienden.", "{G} verdienen gelijke rechten.",
            "We staan naast {g} tegen discriminatie.", "{G} een plaag noemen is haat."]),
    "no": (["innvandrere", "muslimer", "jøder", "homofile", "kvinner", "svarte",
            "funksjonshemmede"],
           ["{G} er en plage for dette landet.", "{G} er undermennesker.",
            "Kast {g} ut av nabolaget, de ødelegger alt.", "{G} burde ikke få stemme.",
            "{G} vekker avsky hos meg.", "{G} er alle kriminelle og løgnere."],
           ["{G} er naboene, kollegene og vennene våre.", "{G} fortjener like rettigheter.",
            "Vi står sammen med {g} mot diskriminering.", "Å kalle {g} en plage er hat."]),
    "da": (["indvandrere", "muslimer", "jøder", "bøsser", "kvinder", "sorte",
            "handicappede"],
           ["{G} er en plage for det her land.", "{G} er undermennesker.",
            "Smid {g} ud af kvarteret, de ødelægger alt.", "{G} burde ikke have stemmeret.",
            "{G} væmmes jeg ved.", "{G} er alle kriminelle og løgnere."],
           ["{G} er vores naboer, kolleger og venner.", "{G} fortjener lige rettigheder.",
            "Vi står sammen med {g} mod diskrimination.", "At kalde {g} en plage er had."]),
    "sv": (["invandrare", "muslimer", "judar", "bögar", "kvinnor", "svarta",
            "funktionshindrade"],
           ["{G} är en plåga för det här landet.", "{G} är undermänniskor.",
            "Släng ut {g} ur området, de förstör allt.", "{G} borde inte få rösta.",
            "{G} äcklar mig.", "{G} är alla kriminella och lögnare."],
           ["{G} är våra grannar, kollegor och vänner.", "{G} förtjänar lika rättigheter.",
            "Vi står tillsammans med {g} mot diskriminering.", "Att kalla {g} en plåga är hat."]),
    "hu": (["a bevándorlók", "a muszlimok", "a zsidók", "a melegek", "a nők",
            "a feketék", "a fogyatékkal élők"],
           ["{G} csapást jelentenek erre az országra.", "{G} emberalatti szemét.",
            "Zavarjátok el őket a környékről, {g} mindent tönkretesznek.",
            "{G} ne szavazhassanak.", "{G} undorítanak.", "{G} mind bűnözők és hazugok."],
           ["{G} a szomszédaink, kollégáink és barátaink.", "{G} egyenlő jogokat érdemelnek.",
            "Kiállunk {g} mellett a diszkrimináció ellen.",
            "Csapásnak nevezni őket gyűlöletkeltés."]),
}

# More harmless sentences about the same groups, of the kinds a head trained on hateful
# posts tends to mistake for hate: a warm welcome, a plain fact, calling out a slur,
# denying a hateful claim, condemning hate, reporting a hateful post in order to condemn
# it. A post that names a group is not hateful for naming it.
MORE_FINE = {
    "en": ["We welcome {g} with open arms.", "{G} have always been part of our town.",
           "Whoever calls {g} vermin should be ashamed.", "{G} are not a threat to anyone.",
           "Hating {g} is never okay.",
           "I read a post saying {g} are parasites. Disgusting."],
    "fr": ["Nous accueillons {g} à bras ouverts.", "{G} font partie de notre ville depuis toujours.",
           "Ceux qui traitent {g} de vermine devraient avoir honte.",
           "{G} ne sont une menace pour personne.", "Haïr {g}, ce n'est jamais acceptable.",
           "J'ai lu un message qui disait que {g} sont des parasites. C'est ignoble."],
    "de": ["Wir heißen {g} herzlich willkommen.", "{G} gehören seit jeher zu unserer Stadt.",
           "Wer {g} als Ungeziefer bezeichnet, sollte sich schämen.",
           "{G} sind für niemanden eine Bedrohung.", "Hass auf {g} ist niemals in Ordnung.",
           "Ich habe einen Post gelesen, in dem stand, {g} seien Parasiten. Widerlich."],
    "es": ["Recibimos a {g} con los brazos abiertos.",
           "{G} forman parte de nuestra ciudad desde siempre.",
           "Quien llama alimañas a {g} debería avergonzarse.",
           "{G} no son una amenaza para nadie.", "Odiar a {g} nunca está bien.",
           "Leí un mensaje que decía que {g} son parásitos. Es repugnante."],
    "it": ["Accogliamo {g} a braccia aperte.", "{G} fanno parte della nostra città da sempre.",
           "Chi chiama {g} parassiti dovrebbe vergognarsi.",
           "{G} non sono una minaccia per nessuno.", "Odiare {g} non è mai accettabile.",
           "Ho letto un post che diceva che {g} sono feccia. È disgustoso."],
    "pt": ["Recebemos {g} de braços abertos.", "{G} fazem parte da nossa cidade desde sempre.",
           "Quem chama {g} de vermes devia ter vergonha.",
           "{G} não são uma ameaça para ninguém.", "Odiar {g} nunca é aceitável.",
           "Li um post que dizia que {g} são parasitas. É nojento."],
    "nl": ["We heten {g} van harte welkom.", "{G} horen al altijd bij onze stad.",
           "Wie {g} ongedierte noemt, moet zich schamen.",
           "{G} zijn voor niemand een bedreiging.", "Haat tegen {g} is nooit oké.",
           "Ik las een bericht dat {g} parasieten zijn. Walgelijk."],
    "no": ["Vi ønsker {g} hjertelig velkommen.", "{G} har alltid vært en del av byen vår.",
           "Den som kaller {g} skadedyr, burde skamme seg.",
           "{G} er ikke en trussel mot noen.", "Hat mot {g} er aldri greit.",
           "Jeg leste et innlegg som sa at {g} er parasitter. Motbydelig."],
    "da": ["Vi byder {g} hjertelig velkommen.", "{G} har altid været en del af vores by.",
           "Den, der kalder {g} skadedyr, burde skamme sig.",
           "{G} er ikke en trussel mod nogen.", "Had mod {g} er aldrig i orden.",
           "Jeg læste et opslag om, at {g} er parasitter. Modbydeligt."],
    "sv": ["Vi välkomnar {g} med öppna armar.", "{G} har alltid varit en del av vår stad.",
           "Den som kallar {g} för ohyra borde skämmas.", "{G} är inget hot mot någon.",
           "Hat mot {g} är aldrig okej.",
           "Jag läste ett inlägg om att {g} är parasiter. Vidrigt."],
    "hu": ["{G} mindig is a városunk részei voltak.", "{G} senkire sem jelentenek veszélyt.",
           "{G} is emberek, aki férgeknek nevezi őket, szégyellje magát.",
           "{G} ellen uszítani soha nem helyes.",
           "Olvastam egy posztot, hogy {g} paraziták. Undorító.",
           "Büszke vagyok rá, hogy {g} mellett dolgozhatok."],
}


def rows():
    for lang, (groups, hateful, fine) in TEMPLATES.items():
        fine = fine + MORE_FINE[lang]
        for group in groups:
            for label, patterns in ((1, hateful), (0, fine)):
                for pattern in patterns:
                    bare = group.split(" ", 1)[1] if lang in ("fr",) and " " in group else group
                    text = pattern.format(g=group, G=group[0].upper() + group[1:], h=bare)
                    yield {"text": text, "label": label, "lang": lang}


if __name__ == "__main__":
    out = Path(__file__).parent / "data" / "hate_templates.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()),
                   encoding="utf-8")
    print(f"wrote {out}")
