# What it does: codes political dissent (CAMEO 14, PLOVER PROTEST): protests,
#   demonstrations and rallies, hunger strikes, strikes and boycotts, blockades
#   of roads and buildings, and riots.
# Why: collective dissent is frequent in domestic news; "strike" is only coded
#   here in its labour sense ("go on strike", "general strike"), never alone
#   (military strikes are in 19_fight.pat).
# Example: "French workers went on strike over pension reform." => 143 FRA > -
# Example: "Iranian students protested against the United States." => 141 IRN > USA
# Example: "Opposition parties in Kerala called a hartal against the fuel price rise." => 143 IND > -
# Counter-example: "The dog protested loudly at the vet." (no political actor)
# Counter-example: "The new model strikes a balance between speed and comfort." (figurative)

# --- 140 dissent ----------------------------------------------------------------------
pattern 140 : dissent
pattern 140 : collective action against
pattern 140 : civil disobedience
pattern 140 : show * dissent

# --- 141 demonstrate or rally -----------------------------------------------------------
pattern 141 : protest
pattern 141 : protest against|over|outside
pattern 141 : demonstrate against|outside
# Bare "demonstrated" also means "showed"; it is a protest when a place, time or purpose follows.
pattern 141 [notgt] : =demonstrated|demonstrate|demonstrating in|on|outside|near|at|across|throughout|overnight
pattern 141 [notgt] : =demonstrated|demonstrate|demonstrating to =demand|press|protest|call|denounce|oppose
pattern 141 : demonstration against|outside
pattern 141 : rally against
pattern 141 : rally outside
pattern 141 : march against|on|to
pattern 141 : march through
pattern 141 [notgt] : take out * march|procession|rally
pattern 141 [notgt] : peace|silent|protest|candlelight march
pattern 141 : =marched|marching * through|against|to|towards
pattern 141 [notgt] : hold * protest|demonstration|rally|march|vigil|sit-in
pattern 141 [notgt] : stage * protest|demonstration|rally|march|sit-in
pattern 141 [notgt] : organize|organise * protest|demonstration|rally|march
pattern 141 : hold * protest|demonstration|rally against
pattern 141 : stage * protest|demonstration|rally against
pattern 141 : take to * street
pattern 141 : pour into * street
pattern 141 : picket
pattern 141 : burn * flag
pattern 141 : chant * slogan
pattern 141 : anti-government protest|rally|demonstration
pattern 141 : anti-war protest|rally|demonstration
pattern 1411 : protest|demonstrate|rally|march * demand * resignation|ouster|removal|departure
pattern 1411 : protest|demonstrate|rally|march * call * for * resignation|ouster
pattern 1411 : demand * resignation * in * protest|rally|demonstration
pattern 1412 : protest|demonstrate|rally|march * against * law|bill|reform|tax|policy|decision|plan|project|price|hike
pattern 1412 : protest|demonstrate|rally|march * over * law|bill|reform|tax|policy|decision|plan|price|hike
pattern 1413 : protest|demonstrate|rally|march * for * right|freedom|democracy|equality
pattern 1413 : protest|demonstrate|rally|march * demand * right|freedom|wage|pay
pattern 1414 : protest|demonstrate|rally|march * for * new constitution|election|referendum
pattern 1414 : protest|demonstrate|rally|march * against * constitution|constitutional|election|coup
pattern 1414 : protest|demonstrate|rally|march * demand * election|referendum|constitution

# --- 142 hunger strike --------------------------------------------------------------------
pattern 145 [notgt] : pelt * stone
pattern 145 [notgt] : =throwing|=threw|=hurled|=hurling stones
pattern 144 [notgt] : stall * proceeding

pattern 142 : hunger strike
pattern 142 : hunger-strike
pattern 142 : go on * hunger strike
pattern 142 : begin|start|launch|stage|continue * hunger strike
pattern 142 : refuse * food
pattern 1423 : hunger strike * for * right|freedom
pattern 1422 : hunger strike * against * law|policy|decision

# --- 143 strike or boycott ------------------------------------------------------------------
pattern 143 : go on strike
pattern 143 [notgt] : stop work
pattern 143 : go on * strike
pattern 143 : =went on strike
pattern 143 [notgt] : stage * strike|walkout|stoppage
pattern 143 [notgt] : call * general strike
pattern 143 [notgt] : launch * general strike
pattern 143 [notgt] : hold * strike|walkout
pattern 143 : general strike
pattern 143 : national strike
pattern 143 : nationwide strike
# A warning strike is a short strike, not a warning.
pattern 143 : warning strike
pattern 143 : walkout
pattern 143 : walk off * job
pattern 143 : down tools
pattern 143 : industrial action
pattern 143 : work stoppage
# South Asian English: a bandh or hartal is a general strike (shops and traffic shut).
pattern 143 [notgt] : call * bandh|hartal
pattern 143 [notgt] : observe * bandh|hartal
pattern 143 : bandh|hartal
pattern 143 : strike * over * pay|wage|pension|condition|reform
pattern 143 : boycott
pattern 143 : call for * boycott
pattern 143 : boycott of
pattern 143 : shut * shop|business|market * in * protest
pattern 1431 : boycott * until * resign
pattern 1432 : strike * against * reform|law|policy|plan|cut
pattern 1432 : strike * over * reform|law|policy|plan|cut
pattern 1433 : strike * for * right|pay|wage
pattern 1434 : boycott * election|referendum|vote
pattern 1434 : boycott * parliament

# --- 144 obstruct passage ---------------------------------------------------------------------
pattern 144 : block * road|highway|street|entrance|motorway|railway|traffic|bridge
pattern 144 : block * border crossing
pattern 144 : blockade * road|highway|street|port|refinery
pattern 144 : barricade
pattern 144 : set up * barricade|roadblock
pattern 144 : erect * barricade|roadblock
pattern 144 : occupy * square|building|office|parliament|campus|ministry|street|airport
pattern 144 : sit-in
pattern 144 : blockade of * road|highway|port
pattern 1442 : block * road|highway * to protest
pattern 1441 : block * road|highway * to demand * resignation

# --- 145 riot, violent protest --------------------------------------------------------------------
pattern 145 : =rioted|rioting
pattern 145 : violent protest|demonstration
pattern 145 : clash with * security force
pattern 145 : clash with police
pattern 145 : throw * stone|rock|bottle|molotov * at * police
pattern 145 : hurl * stone|rock|bottle|molotov * at * police
pattern 145 : storm * parliament|building|office|palace|compound|capitol|ministry|legislature
pattern 145 : torch * car|vehicle|building|office|tire|tyre
pattern 145 : set * fire to * car|vehicle|building|office|tire|tyre
pattern 145 : go on * rampage
pattern 145 : vandalise|vandalize * office|building|shop
pattern 1451 : riot * demand * resignation
pattern 1452 : riot * over * price|tax|law|policy|fuel
pattern 1452 : riot * against * price|tax|law|policy

+ French workers went on strike over pension reform. => 143 FRA > FRA
+ German metal workers began warning strikes over pay. => 143 DEU > DEU
+ Iranian students protested against the United States. => 141 IRN > USA
+ Kenyan protesters blocked roads in Nairobi. => 144 KEN > KEN
+ Jailed Turkish journalists began a hunger strike. => 142 TUR > TUR
+ Serbian opposition supporters held a protest in Belgrade. => 141 SRB > SRB
+ Pakistani demonstrators clashed with police in Lahore. => 145 PAK > PAK
+ Indian farmers staged a protest outside the British embassy. => 141 IND > GBR
+ The Bangladeshi opposition boycotted the election. => 1434 BGD > BGD
- The army demonstrated its new missile to journalists.
- The dog protested loudly at the vet.
- The new model strikes a balance between speed and comfort.
- The storm blocked roads across the valley.
+ Serbian students staged acts of civil disobedience against the government. => 140 SRB > SRB

# Shouting or raising slogans is a demonstration (the chanting of slogans
# above is the same act).
pattern 141 : shout|raise * slogan
+ Kenyan opposition supporters shouted slogans against the government. => 141 KEN > KEN
- The fans shouted slogans at the referee.

# Walking out of a sitting in protest (walking out of talks is 164, SANCTION).
pattern 140 : walk out of * parliament|assembly|house|chamber|legislature|session|council|senate
+ Kenyan opposition lawmakers walked out of parliament on Tuesday. => 140 KEN > KEN
- The Kenyan minister walked out of the hospital on Monday.
+ Nigerian doctors stopped work to protest unpaid salaries. => 143 NGA > NGA
- The factory stopped work for the holidays.
+ Indian farmers took out a march to the state assembly. => 141 IND > IND
- The chef took out a tray of biscuits.
+ Kenyan opposition supporters held a silent march in Nairobi. => 141 KEN > KEN
- The band's silent march through the charts continued.
+ Protesters pelted stones at Indian police in Srinagar. => 145 IND > IND
- The boys pelted each other with snowballs.
+ Indian opposition MPs stalled proceedings in parliament on Monday. => 144 IND > IND
- Rain stalled proceedings at the cricket ground.
+ Striking Kenyan workers picketed the factory gates in Nairobi. => 141 KEN > KEN
- Police pickets were posted at all sensitive points in the city of Ahmedabad.
# A state that protests (the verb) complains officially: ACCUSE 114, not a street protest.
- China protested to Japan over the shrine visit.
+ Kenyan students protested against Chinese loans in Nairobi. => 141 KEN > CHN
