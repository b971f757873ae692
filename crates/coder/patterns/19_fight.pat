# What it does: codes conventional military force (CAMEO 19, PLOVER ASSAULT/
#   military): attacks, offensives, clashes, blockades and sieges, occupation,
#   small-arms fire, artillery and tank fire, air strikes and ceasefire
#   violations.
# Why: armed conflict is the core of event data; the weapon words decide the
#   sub-code (gunfire 193, shelling 194, air strikes 195).
# Example: "Russian forces attacked Ukrainian positions." => 190 RUS > UKR
# Example: "Azerbaijani forces shelled Armenian villages." => 194 AZE > ARM
# Counter-example: "Firefighters battled the blaze for hours." (no armed actors)
# Counter-example: "Shares fell as investors fought inflation fears." (economy)

# --- 190 conventional military force -----------------------------------------------------
pattern 190 : attack
pattern 190 : attack on|against
pattern 190 : launch * attack|offensive|assault|operation|incursion|invasion|raid|counteroffensive|counterattack
pattern 190 : launch * attack on|against
pattern 190 : launch * military operation|offensive|campaign
pattern 190 : carry out * attack|assault|raid|operation|strike
pattern 190 : mount * attack|offensive|assault|raid
pattern 190 : stage * attack|raid
pattern 190 : conduct * raid|operation|strike
pattern 190 : military operation|offensive|action|campaign against|in
pattern 190 : offensive against
pattern 190 : invade
pattern 190 : invasion of
pattern 190 : incursion into
pattern 190 : raid
pattern 190 : =stormed|storming
pattern 190 : ambush
pattern 190 : kill
pattern 190 : =wounded|wounding
pattern 190 : =fought
pattern 190 : =struck
pattern 190 [sym] : clash
pattern 190 [sym] : clash with
pattern 190 [sym] : engage * in * combat|battle|fighting
pattern 190 [sym] : fighting between
pattern 190 : wage * war
pattern 190 : wage * war on|against
pattern 190 : declare * war on
pattern 190 : go to war with|against
pattern 190 : retaliate
pattern 190 : retaliate against
pattern 190 : counterattack
pattern 190 : hit back at
pattern 190 : shoot down
# Sinking is force only against vessels ("sank a tanker", "the ferry was
# sunk"): a currency sinks, a team is sunk, a putt is sunk.
pattern 190 [hasobj,verb] : sink * ship|vessel|boat|ferry|frigate|destroyer|submarine|tanker|warship|trawler|corvette|gunboat|cruiser|freighter
pattern 190 : ship|vessel|boat|ferry|frigate|destroyer|submarine|tanker|warship|trawler|corvette|gunboat|cruiser|freighter * =sunk
pattern 190 : torpedo
pattern 190 : neutralize|neutralise

# --- 191 blockade, restrict movement ---------------------------------------------------------
pattern 191 : blockade
pattern 191 [on] : impose * blockade
pattern 191 [on] : impose * naval|air|land blockade
pattern 191 : blockade of
pattern 191 : besiege
pattern 191 : lay siege to
pattern 191 : siege of
pattern 191 : encircle
pattern 191 : surround * city|town|village|base
pattern 191 : seal off
pattern 191 : cut off * supply|road|route|corridor
pattern 191 : close * airspace to
pattern 191 : enforce * no-fly zone

# --- 192 occupy territory ------------------------------------------------------------------------
pattern 192 : occupy
pattern 192 : occupation of
pattern 192 : annex
pattern 192 : annexation of
pattern 192 : seize * territory|town|city|village|airport|base|region|area|land|island|port|control|province|district
pattern 192 : capture * town|city|village|territory|airport|base|region|port|province|district|island
pattern 192 : take * control of
pattern 192 : =took * control of
# Taking a town is the town as the object, not "took a round of the city".
pattern 192 : take =the? =strategic|key|rebel-held|border|northern|southern|eastern|western|central? town|city|village|territory
pattern 192 : overrun|overran * town|city|village|territory|base|camp|post|checkpoint|barracks|garrison|outpost
pattern 192 : conquer
pattern 192 : march into
pattern 192 : roll into
pattern 192 : advance into

# --- 193 small arms ----------------------------------------------------------------------------------
pattern 193 : open fire on|at
pattern 193 : open fire
pattern 193 : =fired on|at|upon
pattern 193 : shoot
pattern 193 : shoot dead
pattern 193 : shoot at
pattern 193 : gun battle|fight
pattern 193 : gunbattle|gunfight|firefight|gunfire|shootout
pattern 193 [sym] : exchange * fire
pattern 193 [sym] : exchange * gunfire|shot
pattern 193 : sniper fire|attack
pattern 193 : mortar attack|fire|shell|round|bomb
pattern 193 : fire * mortar|bullet|shot
pattern 193 : machine-gun
pattern 193 : spray * with * bullet|gunfire

# --- 194 artillery and tanks -----------------------------------------------------------------------------
pattern 194 : =shelled|shelling
pattern 194 : shelling of
pattern 194 : bombard
pattern 194 : bombardment of
pattern 194 : artillery fire|barrage|strike|attack|shelling|bombardment
pattern 194 : tank fire|attack|assault
pattern 194 : rocket attack|fire|barrage|strike
pattern 194 : missile attack|strike|barrage
pattern 194 : fire * rocket|missile|shell at|into|on|toward|towards
pattern 194 : launch * rocket|missile at|into|on|toward|towards
pattern 194 : launch * rocket|missile attack|strike
pattern 194 : lob * shell|rocket|mortar
pattern 194 : rain * shell|rocket on
pattern 194 : fire * artillery

# --- 195 aerial weapons -------------------------------------------------------------------------------------
pattern 195 : =bombed
pattern 195 : air strike|raid|attack|bombardment|campaign
pattern 195 : airstrike|airstrikes|air-strike
pattern 195 : carry out * airstrike
pattern 195 : carry out * air strike|raid
pattern 195 : launch * airstrike|bombing
pattern 195 : launch * air strike|raid|campaign
pattern 195 : conduct * airstrike
pattern 195 : conduct * air strike|raid
pattern 195 : drone strike|attack
pattern 195 : strafe
pattern 195 : aerial bombardment|attack|bombing
pattern 195 : bombing raid|campaign
pattern 195 : bomb * from * air
pattern 195 : airstrike on|against
pattern 195 : carpet-bomb
pattern 195 : precision strike|munition
pattern 195 : guided missile|bomb

# --- 196 violate ceasefire ---------------------------------------------------------------------------------------
pattern 196 : violate * ceasefire|truce|cease-fire|armistice
pattern 196 : breach * ceasefire|truce|cease-fire|armistice
pattern 196 : break * ceasefire|truce|cease-fire
pattern 196 : ceasefire|truce violation|breach
pattern 196 : violation of * ceasefire|truce|cease-fire
pattern 196 : breach of * ceasefire|truce
pattern 196 : resume * fighting|hostility|attack|shelling|offensive
pattern 196 : shatter * ceasefire|truce

+ Russian forces attacked Ukrainian positions near Kharkiv. => 190 RUS > UKR
+ Indian and Chinese troops clashed in Ladakh. => 190 IND,CHN sym
+ Turkey launched airstrikes on northern Syria. => 195 TUR > SYR
+ Azerbaijani forces shelled Armenian villages. => 194 AZE > ARM
+ Pakistani soldiers opened fire on Indian troops. => 193 PAK > IND
+ Iranian gunboats sank a Kuwaiti tanker in the Gulf. => 190 IRN > KWT
- The yen sank below 145 despite intervention by the Bank of Japan.
- A late goal sank the visiting side in the derby.
+ Saudi Arabia imposed a naval blockade on Yemen. => 191 SAU > YEM
+ Russian troops occupied eastern Ukraine. => 192 RUS > UKR
+ Armenian forces violated the ceasefire. => 196 ARM > -
+ Ukraine shot down a Russian drone. => 190 UKR > RUS
+ Israeli warplanes bombed Lebanon on Sunday. => 195 ISR > LBN
+ Ethiopian troops killed Eritrean soldiers near the border. => 190 ETH > ERI
# A verb that needs an object, with none, is passive (headline style).
+ Four Kenyan soldiers killed near the Somali border. => 190 - > KEN
+ Israeli jets carried out air strikes in the northern Gaza Strip. => 195 ISR > PSE
+ Indian troops in Kashmir opened fire. => 193 IND > IND
- Firefighters battled the blaze for hours.
- Shares fell as inflation fears fought back.
- The storm hit the coast on Monday.
- Liverpool attacked down the left wing.
- The comedian shot to fame after the show.
# A noun modifying another noun names a kind of thing, not an act.
- The Kenyan army bought ten attack helicopters from Russia.
+ Ugandan rebels took the strategic town of Gulu on Monday. => 192 UGA > UGA
+ Jihadists overran an army base in northern Mali. => 192 MLI > MLI
- Fans overran the pitch after the final whistle.
- After taking a round of the city, the Ugandan minister left for Kampala.
