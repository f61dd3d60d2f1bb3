package align

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// synonymGroups are words that news reports use interchangeably for one
// thing or event, one group a line, with British and American spellings.
// Matching maps each to the stem of its group's first word, so that "A
// freighter crashed into the bridge" meets "A cargo ship drifted into the
// bridge" on "ship". The table is general news language, not any story's:
// a group belongs here only if reporters swap its words freely.
const synonymGroups = `
ship ships vessel vessels freighter freighters boat boats tanker tankers
strike strikes struck striking hit hits hitting ram rams rammed ramming crash crashed crashes crashing collide collided collides colliding collision slam slammed smash smashed plough ploughed plow plowed shook shake shakes shaking rocked jolted
injure injured injures injuring injury injuries hurt wound wounded wounding wounds
dead die died dies dying death deaths kill killed killing kills fatal fatality fatalities perish perished toll
cancel cancels cancelled canceled cancelling canceling cancellation scrap scrapped scrapping axe axed
meet meets met meeting meetings sitdown
agreement agreements deal deals accord accords pact pacts
sign signs signed signing ink inked
ceasefire ceasefires truce truces
envoy envoys emissary emissaries
approve approves approved approving approval adopt adopted adopting pass passed passes endorse endorsed
reject rejects rejected rejecting rejection refuse refused refuses
close closes closed closing closure shut shuts shutting shutdown
collapse collapses collapsed collapsing crumble crumbled topple toppled flatten flattened raze razed
house houses home homes dwelling dwellings
building buildings structure structures
child children kid kids
boy boys schoolboy schoolboys
teen teens teenager teenagers teenage
people persons individuals
official officials authority authorities
spokesman spokeswoman spokesperson spokespeople
hospital hospitals hospitalised hospitalized hospitalisation hospitalization
quake quakes earthquake earthquakes tremor tremors temblor temblors
epicentre epicenter
centred centered
centre center centres centers
rescue rescues rescued rescuing rescuer rescuers
trap trapped traps stranded stuck
flood floods flooded flooding inundated
evacuate evacuated evacuates evacuating evacuation evacuations
arrest arrests arrested arresting detain detained detaining detention
attack attacks attacked attacking assault assaults
airstrike bombing bombings bombardment
missile missiles rocket rockets
explosion explosions blast blasts explode exploded
fighter fighters militant militants gunman gunmen
soldier soldiers troop troops
hostage hostages captive captives
prisoner prisoners detainee detainees inmate inmates
release releases released releasing free freed freeing
lose loses lost losing loss
bad terrible awful horrible dreadful
televise televised television broadcast broadcasts aired
previously earlier formerly prior
final last
begin begins began begun start starts started starting launch launched
finish finished conclude concluded
rise rises rose risen increase increased climb climbed jump jumped surge surged soar soared
fall falls fell fallen drop drops dropped plunge plunged
confirm confirms confirmed confirmation verify verified
deny denies denied dispute disputed disputes
warn warns warned warning caution cautioned cautions
unclear uncertain unknown
intend intends intended intending aim aims aimed
issue issues topic topics subject
designate designated designation label labelled labeled brand branded
terror terrorist terrorists terrorism
organisation organization organisations organizations
trip trips travel travels traveled travelled traveling travelling journey
participate participated participates participating involved joined
neighbour neighbor neighbours neighbors neighbouring neighboring
favour favor favoured favored favouring favoring
defence defense
kilometre kilometres kilometer kilometers km
metre metres meter meters
mile miles mi
kilogram kilograms kg
percent pct
million millions
billion billions
criticise criticize criticised criticized criticising criticizing criticism criticisms
recognise recognize recognised recognized
apologise apologize apologised apologized apology
programme program programmes programs
government governments administration administrations
company companies firm firms
leader leaders chief chiefs head heads
country countries nation nations
investigate investigates investigated investigating investigation investigations probe probes
protest protests protested protesters protestors demonstration demonstrations demonstrators rally rallies
condolence condolences sympathy sympathies
bury buried burial
communicate communication communications
legitimacy legitimise legitimize legitimising legitimizing legitimate
unveil unveiled unveils announce announced announces
lucky fortunate luckily fortunately
lawmaker lawmakers legislator legislators
sue sued sues suing lawsuit lawsuits
resign resigned resigns resigning resignation quit quits
sack sacked dismiss dismissed oust ousted
win wins won winning victory victories
vote votes voted voting ballot ballots
kidnap kidnapped kidnapping abduct abducted abduction
shoot shoots shooting shot gunfire
flee fled fleeing escape escaped escaping
body bodies corpse corpses
aid assistance relief
medic medics paramedic paramedics
jail jailed imprison imprisoned imprisonment prison
accuse accused accuses charged indict indicted indictment
ban banned bans prohibit prohibited
talks negotiations
resident residents inhabitant inhabitants locals
tug tugs tugboat tugboats
sailor sailors seafarer seafarers crewman crewmen
car cars vehicle vehicles
tow tows towed towing pull pulls pulled pulling haul hauled drag dragged
fail fails failed failing failure failures breakdown
worker workers personnel staff
emerge emerges emerged emerging
`

var (
	// synonymOf maps a group's words to its canonical term.
	synonymOf = map[string]string{}
	// synonymOfStem maps the stems of a group's words to its canonical
	// term, so that inflections the table does not list still match.
	synonymOfStem = map[string]string{}
)

// generalTerms are the terms of generalWords.
var generalTerms = map[string]bool{}

func init() {
	for w := range generalWords {
		generalTerms[termOf(w)] = true
	}
}

func init() {
	for _, line := range strings.Split(synonymGroups, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			continue
		}
		canon := english.Stem(words[0], false)
		for _, w := range words {
			synonymOf[w] = canon
			if s := english.Stem(w, false); s != canon {
				if _, taken := synonymOfStem[s]; !taken {
					synonymOfStem[s] = canon
				}
			}
		}
	}
}

// placeCountries names major cities and places with their country, so
// that "Doha" meets "Qatar" and "Sharm el-Sheikh" meets "Egypt": a
// passage naming a place also holds its country's term. One place a line:
// the place's words, then its country.
const placeCountries = `
doha qatar
istanbul turkey
ankara turkey
izmir turkey
cairo egypt
sharm sheikh egypt
alexandria egypt
jerusalem israel
tel aviv israel
haifa israel
beirut lebanon
damascus syria
aleppo syria
baghdad iraq
mosul iraq
tehran iran
riyadh saudi
jeddah saudi
dubai emirates
abu dhabi emirates
amman jordan
kyiv ukraine
kiev ukraine
kharkiv ukraine
odesa ukraine
odessa ukraine
moscow russia
st petersburg russia
minsk belarus
warsaw poland
berlin germany
munich germany
hamburg germany
paris france
marseille france
lyon france
london unitedkingdom
manchester unitedkingdom
edinburgh unitedkingdom
dublin ireland
madrid spain
barcelona spain
lisbon portugal
rome italy
milan italy
naples italy
athens greece
vienna austria
brussels belgium
amsterdam netherlands
rotterdam netherlands
hague netherlands
geneva switzerland
zurich switzerland
stockholm sweden
oslo norway
copenhagen denmark
helsinki finland
washington unitedstates
new york unitedstates
los angeles unitedstates
chicago unitedstates
ottawa canada
toronto canada
montreal canada
mexico city mexico
brasilia brazil
sao paulo brazil
rio janeiro brazil
buenos aires argentina
santiago chile
lima peru
bogota colombia
caracas venezuela
havana cuba
beijing china
shanghai china
hong kong china
taipei taiwan
tokyo japan
osaka japan
seoul korea
pyongyang korea
delhi india
mumbai india
kolkata india
islamabad pakistan
karachi pakistan
lahore pakistan
kabul afghanistan
dhaka bangladesh
jakarta indonesia
bangkok thailand
hanoi vietnam
manila philippines
kuala lumpur malaysia
singapore singapore
sydney australia
melbourne australia
canberra australia
wellington zealand
auckland zealand
nairobi kenya
lagos nigeria
abuja nigeria
johannesburg southafrica
cape town southafrica
pretoria southafrica
durban southafrica
addis ababa ethiopia
khartoum sudan
tripoli libya
tunis tunisia
algiers algeria
rabat morocco
casablanca morocco
`

// countryOf maps a place's words, joined by spaces, to its country.
var countryOf = map[string]string{}

func init() {
	for _, line := range strings.Split(placeCountries, "\n") {
		ws := strings.Fields(line)
		if len(ws) < 2 {
			continue
		}
		countryOf[strings.Join(ws[:len(ws)-1], " ")] = ws[len(ws)-1]
	}
}

// generalWords are common English words that are not stop words but say
// little about which fact a sentence states: in a story of a hundred
// sentences "ahead" may be as rare as a name, yet it is no sign that two
// sentences report the same thing. Their weight is damped.
var generalWords = toSet(`ahead afterwards later soon recently previously earlier already again once
twice still yet meanwhile instead otherwise rather quite really actually indeed likely unlikely
possible possibly perhaps maybe probably reportedly apparently allegedly largely mostly mainly
partly fully entirely nearly widely directly quickly slowly early late next last past current
recent new old big small large long short high low great good bad best worst better worse major
minor key main top full whole part parts kind sort way ways thing things lot lots number numbers
time times day days week weeks month months year years today tonight yesterday tomorrow morning
afternoon evening night hour hours minute minutes moment moments period point points place places
area areas side sides end fact case cases matter matters issue issues question questions situation
level levels role roles group groups member members people person man men woman women family
families home life lives world country countries state states city cities local national
international public private general special official officials source sources report reports
statement statements comment comments interview interviews news media press told said says
asked added noted stated explained described called made make makes making take takes taking took
taken give gives gave given get gets got come comes came go goes went gone going see seen saw
know known knew think thought want wanted need needed use used using work worked working help
helped keep kept put set show shown showed seem seemed become became leave left continue continued
including include included according despite although though however because since while during
without within across around toward towards among between following amid along behind beyond
several many much few more most less least other others another each every any either neither
both all some such same different certain clear able unable sure around about approximately
`)
