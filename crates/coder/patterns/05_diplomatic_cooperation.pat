# What it does: codes diplomatic (non-material) cooperation (CAMEO 05, PLOVER
#   COOPERATE/diplomatic): improving or restoring ties, praise and endorsement,
#   verbal defence, rallying support, recognition, apologies, forgiveness and
#   signing/ratifying formal agreements.
# Why: praise, support and agreement signings are very frequent cooperative
#   events; "sign" is only used together with the document noun.
# Example: "Canada and Mexico signed a trade agreement." => 057 CAN,MEX sym
# Example: "The European Union praised Ghana for its peaceful election." => 051 IGO > GHA
# Counter-example: "The singer signed a record deal." (no political actor)
# Counter-example: "Investors welcomed the strong earnings report." (business)

# --- 050 diplomatic cooperation ------------------------------------------------
pattern 050 [sym] : restore * relation|tie
pattern 050 [sym] : restore * diplomatic relation|tie
pattern 050 [sym] : normalize|normalise * relation|tie
pattern 050 [sym] : improve * relation|tie
pattern 050 [sym] : upgrade * relation|tie
pattern 050 [sym] : strengthen * relation|tie|partnership
pattern 050 [sym] : deepen * relation|tie|partnership
pattern 050 [sym] : mend * relation|tie|fence
pattern 050 [sym] : resume * diplomatic relation|tie
pattern 050 [sym] : forge * alliance|partnership
pattern 050 [sym] : form * alliance|partnership
pattern 050 [sym] : launch * strategic partnership
pattern 050 : cooperate with
pattern 050 : work * closely with
pattern 050 : join forces with
pattern 050 : team up with
pattern 050 : side with
pattern 050 : ally with
pattern 050 : align * with
pattern 050 : join * alliance|bloc|coalition
pattern 050 : apply to join
pattern 050 : bid to join
pattern 050 [notgt] : reopen * embassy|consulate
pattern 050 [to] : appoint * ambassador|envoy
pattern 050 [to] : name * ambassador|envoy
pattern 050 [to] : return * ambassador
pattern 050 : lift * visa requirement for

# --- 051 praise or endorse ------------------------------------------------------
pattern 051 : praise
pattern 051 : commend
pattern 051 : hail
pattern 051 : laud
pattern 051 : applaud
pattern 051 : welcome
pattern 051 : congratulate
pattern 051 : thank
pattern 051 : salute
pattern 051 : compliment
pattern 051 : endorse
pattern 051 : support
pattern 051 : =backed
pattern 051 : =backs
pattern 051 [for] : express * support
pattern 051 [for] : voice * support
pattern 051 [for] : reiterate * support
pattern 051 [for] : reaffirm * support
pattern 051 [for] : declare * support
pattern 051 [for] : offer * backing
pattern 051 [to] : pay * tribute
pattern 051 [to] : express * gratitude|appreciation
pattern 051 [with] : express * solidarity
pattern 051 : solidarity with
pattern 051 : stand with
pattern 051 : throw * weight behind
pattern 051 : speak * highly of
pattern 051 : vote * in favour|favor of
pattern 051 : approve of
pattern 051 : give * green light to
pattern 051 : give * blessing to

# --- 052 defend verbally -------------------------------------------------------------
pattern 052 : defend * decision|policy|move|action|record|stance|position|right|conduct|operation
# Speaking up for someone ("defended Russia over the claims"): needs an
# object that is an actor, so "troops defended the town" and "defended
# against an incursion" are not coded.
pattern 052 [hasobj,needtgt] : defend
pattern 052 : justify
pattern 052 : come to * defence|defense of
pattern 052 : speak up for
pattern 052 : stand up for
pattern 052 : defend * against * criticism|accusation|charge|allegation
pattern 052 : rebuff * criticism of

# --- 053 rally support -------------------------------------------------------------------
pattern 053 [for] : rally * support
pattern 053 [for] : drum up * support
pattern 053 [for] : mobilize|mobilise * support
pattern 053 [for] : lobby * support
pattern 053 [for] : campaign * support
pattern 053 [for] : canvass * support
pattern 053 : rally * behind
pattern 053 : urge * to back
pattern 053 : call on * to support

# --- 054 diplomatic recognition -------------------------------------------------------------
pattern 054 [sym] : establish * diplomatic relation|tie
pattern 054 [sym] : establish * relation|tie
pattern 054 [sym] : open * diplomatic relation|tie
pattern 054 : formally recognise|recognize
pattern 054 : officially recognise|recognize
pattern 054 : recognise|recognize * independence|statehood|sovereignty
pattern 054 : recognise|recognize * as * state|nation|country|government
pattern 054 [to] : grant|extend * diplomatic recognition
pattern 054 [to] : grant|extend * recognition
pattern 054 : diplomatic recognition to|of

# --- 055 apologize ---------------------------------------------------------------------------
pattern 055 : apologise|apologize
pattern 055 : apologise|apologize to
pattern 055 [to] : issue * apology
pattern 055 [to] : offer * apology
pattern 055 [to] : make * apology
pattern 055 : apology to
pattern 055 : express * regret
pattern 055 : express * remorse
pattern 055 : say * sorry
pattern 055 : ask * forgiveness

# --- 056 forgive -------------------------------------------------------------------------------
pattern 056 : forgive|forgave|forgiven
pattern 056 : pardon
pattern 056 [to] : grant * pardon
pattern 056 [to] : grant * amnesty
pattern 056 [to] : offer * amnesty
pattern 056 : accept * apology

# --- 057 sign formal agreement --------------------------------------------------------------------
pattern 057 [sym] : sign * agreement|accord|deal|treaty|pact|memorandum|mou|protocol|convention|charter|contract|declaration|communique|arrangement|framework
pattern 057 [sym] : conclude * agreement|accord|deal|treaty|pact|arrangement
pattern 057 [sym] : reach * agreement|accord|deal|settlement|compromise
pattern 057 [sym] : strike * deal|agreement|bargain
# The agreement named before its verb ("the agreement struck by major
# nations in Paris"): made, not an attack.
pattern 057 [sym] : deal|agreement|accord|bargain|pact * =struck
pattern 057 [sym] : seal * deal|agreement|pact|accord
pattern 057 [sym] : clinch * deal|agreement
pattern 057 [sym] : ink * deal|agreement|pact|accord
pattern 057 [sym] : finalize|finalise * deal|agreement|accord|treaty|text
pattern 057 [sym] : exchange * agreement|memorandum|mou|instrument|note|document|arrangement
pattern 057 [sym] : renew * agreement|treaty|pact|accord
pattern 057 [sym] : extend * treaty|pact|accord
pattern 057 [sym] : enter into * agreement|treaty|pact
pattern 057 [sym] : sign up to
pattern 057 : ratify
pattern 057 : accede to * treaty|convention|agreement
pattern 057 : join * treaty|convention|accord|agreement|pact
pattern 057 : sign * peace deal|agreement|accord|treaty

+ Canada and Mexico signed a trade agreement in Ottawa. => 057 CAN,MEX sym
+ India signed a defence pact with France. => 057 IND,FRA sym
+ The agreement struck by France and Germany in Paris ended the dispute. => 057 FRA,DEU sym
+ The European Union praised Ghana for its peaceful election. => 051 IGO > GHA
+ Saudi Arabia and Iran restored diplomatic relations. => 050 SAU,IRN sym
+ The Japanese prime minister apologized to South Korea. => 055 JPN > KOR
+ Germany congratulated Kenya on its successful election. => 051 DEU > KEN
+ Spain formally recognised Palestine. => 054 ESP > PSE
+ Brazil backed Argentina in the dispute over the islands. => 051 BRA > ARG
+ The Turkish parliament ratified the treaty. => 057 TUR > -
+ Vietnam and Indonesia established diplomatic relations. => 054 VNM,IDN sym
+ The American president expressed support for Taiwan. => 051 USA > TWN
- The singer signed a record deal with a major label.
- Markets welcomed the strong earnings report.
- Scientists recognized the importance of the discovery.
- Fans praised the goalkeeper after the match.
- The bridge supports heavy trucks.
+ The Hungarian government defended its asylum policy against criticism from the European Union. => 052 HUN > IGO
+ France rallied support for Ukraine at the summit. => 053 FRA > UKR
+ The President of Belarus pardoned a Polish journalist. => 056 BLR > POL
+ Rwanda accepted an apology from Belgium. => 056 RWA > BEL
- Poland defended its title at the European Championship.
- The mother forgave her son.
+ The Hungarian prime minister defended Russia over the election claims. => 052 HUN > RUS
- Ukrainian troops defended the town for three weeks.
- Israeli soldiers defended against an incursion from Gaza.

# Recognising a government or state by naming it ("recognised the new
# government").
pattern 054 : recognise|recognize * government|regime|state
+ Kenya recognised the new Ugandan government. => 054 KEN > UGA
- The company recognised a loss on the sale.
- The Kenyan minister said the train had reached top speed, according to the operator.
