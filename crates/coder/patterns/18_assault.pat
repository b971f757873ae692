# What it does: codes unconventional violence (CAMEO 18, PLOVER ASSAULT):
#   abductions and hijackings, physical and sexual assault, torture, killings by
#   beating, non-military bombings (suicide, car, roadside), human shields,
#   assassinations and attempts.
# Why: terrorist and criminal-political violence is frequent in conflict news
#   and must be separated from conventional military fighting (19_fight.pat).
# Example: "Somali pirates hijacked a Greek oil tanker." => 181 SOM > GRC
# Example: "Israeli agents assassinated an Iranian nuclear scientist." => 186 ISR > IRN
# Counter-example: "Arsenal attacked relentlessly in the second half." (sports)
# Example: "Serbian militias unleashed violence against Albanian villagers." => 180 SRB > ALB
# Counter-example: "The comedian bombed on stage." (figurative)
# Counter-example: "The report said violence was never the answer." (no party, no place)

# --- 180 unconventional violence -------------------------------------------------------
pattern 180 : terrorist =attack|=attacks
pattern 180 : carry out * terrorist =attack|=attacks
pattern 180 : terror =attack|=attacks
pattern 180 : militant =attack|=attacks
pattern 180 : stab
pattern 180 : knife =attack|=attacks
pattern 180 : throw * stone|rock|molotov|grenade|acid at
pattern 180 : hurl * stone|rock|molotov|grenade at
pattern 180 : murder
pattern 180 : gun down
pattern 180 : poison
pattern 180 : ram * into
pattern 180 : mob attack
pattern 180 : violence against|on
pattern 180 [sym] : violence between
pattern 180 : lone wolf attack
# Nouns that state violence by themselves ("communal violence erupted", "killed
# in the riots"): coded even when no words name who did it or underwent it,
# with unnamed parties of the country where it happened (DESIGN.md §5).
pattern 180 : =violence
pattern 180 : =riots|=riot
pattern 180 : =carnage
pattern 180 : =killings
pattern 180 : =bloodshed
pattern 180 : =massacre
pattern 180 : =arson

# --- 181 abduct, hijack, take hostage ---------------------------------------------------
pattern 181 : abduct
pattern 181 : kidnap
pattern 181 : hijack
pattern 181 : take * hostage
pattern 181 : take * captive
pattern 181 : hold * hostage
pattern 181 : seize * hostage
pattern 181 : hostage-taking
pattern 181 : kidnapping of
pattern 181 : abduction of
pattern 181 : hijacking of
pattern 181 : commandeer

# --- 182 physical assault ----------------------------------------------------------------
pattern 182 : assault
pattern 182 : physically assault|attack
pattern 182 : beat up
pattern 182 : rough up
pattern 182 : manhandle
pattern 182 : punch

# --- 1821 sexual assault ---------------------------------------------------------------------
pattern 1821 : rape
pattern 1821 : sexually assault|abuse|harass
pattern 1821 : sexual assault|violence|abuse
pattern 1821 : molest
pattern 1821 : gang-rape
pattern 1821 : gang rape

# --- 1822 torture -----------------------------------------------------------------------------
pattern 1822 : torture
pattern 1822 : torture of
pattern 1822 : waterboard
pattern 1822 : mutilate

# --- 1823 kill by physical assault ---------------------------------------------------------------
pattern 1823 : lynch
pattern 1823 : beat * to death
pattern 1823 : stone * to death
pattern 1823 : hack * to death
pattern 1823 : stab * to death
pattern 1823 : torture * to death
pattern 1823 : strangle
pattern 1823 : behead
pattern 1823 : decapitate
pattern 1823 : burn * alive
pattern 1823 : lynching of

# --- 183 non-military bombing -------------------------------------------------------------------------
pattern 183 : plant * bomb|explosive|device|mine
pattern 183 : detonate * bomb|explosive|device
pattern 183 : set off * bomb|explosive|device
pattern 183 : carry out * bombing
pattern 183 : carry out * bomb attack
pattern 183 : bomb attack
pattern 183 : bomb blast|explosion
pattern 183 : blow up
pattern 183 : explode * bomb|device
pattern 183 : bombing of
pattern 183 : grenade attack
pattern 183 : parcel|letter|pipe bomb
pattern 183 : send * letter|parcel bomb
pattern 1831 : suicide bomber|bombing|attack|attacker
pattern 1831 : suicide bomb
pattern 1831 : carry out * suicide bombing|attack
pattern 1831 : blow * himself|herself|themselves up
pattern 1831 : suicide vest
pattern 1832 : car|truck|vehicle bomb|bombing
pattern 1832 : car-bomb|car-bombing
pattern 1832 : booby-trapped car|vehicle|truck
pattern 1832 : detonate * car|truck bomb
pattern 1832 : vehicle-borne
pattern 1833 : roadside bomb|bombing|blast|mine
pattern 1833 : plant * roadside bomb
pattern 1833 : improvised explosive device
pattern 1833 : ied
pattern 1833 : landmine|mine * explosion|blast

# --- 184 human shield ------------------------------------------------------------------------------------
pattern 184 : use|used|hold|held * as * human shield
pattern 184 : human shield
pattern 184 : hide * among * civilian

# --- 185 attempted assassination ---------------------------------------------------------------------------
pattern 185 : attempt to assassinate|kill|murder
pattern 185 : try to * assassinate|kill|murder
pattern 185 : assassination attempt|bid|plot on|against
pattern 185 : attempt on * life
pattern 185 : plot to * assassinate|kill
pattern 185 : foil * assassination

# --- 186 assassinate ---------------------------------------------------------------------------------------
pattern 186 : assassinate
pattern 186 : assassination of
pattern 186 : carry out * assassination of
pattern 186 : targeted killing of

+ Somali pirates hijacked a Greek oil tanker. => 181 SOM > GRC
+ Pakistani militants kidnapped two Chinese engineers. => 181 PAK > CHN
+ Israeli agents assassinated an Iranian nuclear scientist. => 186 ISR > IRN
+ Egyptian police tortured a British student. => 1822 EGY > GBR
+ Afghan militants carried out a suicide bombing in Kabul. => 1831 AFG > AFG
+ Hamas militants attacked an Israeli army post. => 190 PSE > ISR
- Militants attacked the convoy near the border.
+ Iraqi militants planted a roadside bomb near Baghdad. => 1833 IRQ > IRQ
+ Syrian troops used civilians as human shields. => 184 SYR > SYR
+ Boko Haram fighters held hundreds of villagers as human shields. => 184 NGA > NGA
+ Colombian rebels attempted to assassinate the Venezuelan president. => 185 COL > VEN
+ Nigerian gunmen abducted a French aid worker. => 181 NGA > FRA
- Arsenal attacked relentlessly in the second half.
- The comedian bombed on stage.
- The striker was kicked by a defender in the box.
- The long film tortured its audience.
+ A Palestinian gunman stabbed two Israeli soldiers. => 180 PSE > ISR
- Analysts at Merrill Lynch said the bank's shares would rise.
+ Sectarian violence erupted in Baghdad on Friday. => 180 IRQ > IRQ
+ Communal riots broke out in Ahmedabad after the verdict. => 180 IND > IND
+ The carnage in Godhra left 58 people dead. => 180 IND > IND
- Riot police guarded the stadium in Ahmedabad.
- The mayor promised a violence-free election in Nairobi.
- The report said violence was never the answer.

# A state putting someone to death: an execution kills.
pattern 180 [hasobj] : execute|hang
+ Iran executed two men convicted of spying. => 180 IRN > IRN
- The company executed its plan to cut costs.
- The museum hung the painting in its main hall.
- Kenyan exports of rape products rose by nine percent, the ministry said.
- Researchers said media violence harms young viewers.
- The game includes high levels of violence.
+ Violence between Kenyan police and protesters left five dead in Kisumu. => 180 KEN > KEN

# Killing and shelling in the words of crime and conflict reports: "slain",
# artillery "pounding" positions. ("Thrashed" was left out: in sport it is a win,
# "Brazil thrashed Chile".)
pattern 1823 : =slain
pattern 190 [hasobj,verb] : pound * position|positions|town|city|village|base|bases|stronghold|strongholds|area|areas|enclave|hideout|hideouts|camp|camps|post|posts|target|targets|district|neighbourhood|neighborhood|suburb|suburbs|outskirts
# Striking, hitting or destroying what only armed forces hold: positions,
# bases, camps, hideouts ("hit military positions", "destroyed several
# militant camps"); not a price, a record or a target figure.
pattern 190 [hasobj,verb] : strike|hit|destroy * position|positions|base|bases|camp|camps|hideout|hideouts|stronghold|strongholds|outpost|outposts|depot|depots|bunker|bunkers
+ Two Afghan soldiers were slain by Taliban fighters in Kandahar. => 1823 AFG > AFG
+ Russian artillery pounded Ukrainian positions near Bakhmut. => 190 RUS > UKR
+ Nigerian jets pounded Boko Haram camps in Borno. => 190 NGA > NGA
# A bomb is aimed at the party it goes off at.
+ A car bomb exploded outside the Kenyan parliament on Monday. => 1832 - > KEN
+ Turkish jets struck Kurdish militant positions in northern Iraq. => 190 TUR > IRQ
+ The Pakistani army destroyed several militant hideouts near the border. => 190 PAK > PAK
- The company destroyed its old sales records.
- Prices hit a new high as holiday camps filled up.
- Brazil thrashed Chile 4-0 in the qualifier.
- Waves pounded the coast of Kerala all night.
