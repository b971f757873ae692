# What it does: codes coercion and repression (CAMEO 17, PLOVER COERCE): seizing
#   or destroying property, administrative sanctions (bans, censorship, curfews,
#   states of emergency), arrests and detentions, expulsions and deportations,
#   and crowd repression.
# Why: arrests, expulsions and crackdowns are frequent, clearly worded events;
#   the victim (often "Xish journalist/diplomats") follows the verb directly, so
#   the patterns never include the victim's noun (it must stay the recipient).
# Example: "Chinese police detained two Canadian citizens." => 173 CHN > CAN
# Example: "Russia expelled ten German diplomats." => 174 RUS > DEU
# Counter-example: "Doctors arrested the spread of the infection." (medical)
# Counter-example: "The museum banned photography in the gallery." (no political actor)

# --- 170 coerce --------------------------------------------------------------------------
pattern 170 : coerce
pattern 170 : intimidate
pattern 170 : harass
pattern 170 : persecute
pattern 170 : persecution of
pattern 170 : harassment of
pattern 170 : intimidation of
pattern 170 : forcibly|forcefully * remove|relocate|transfer
pattern 170 : cyberattack|cyber-attack
pattern 170 : cyber attack
pattern 170 : cyber warfare|war
pattern 170 : hack * into
pattern 170 : jam * signal|broadcast
pattern 170 : surveil
pattern 170 : spy on
# Stopping people by force: "the leaders were prevented from leaving" (the passive: the
# active is as often a plan's aim, "would prevent buyers from paying"), "intercepted
# the marchers" (a person or group as object, not "intercepted a missile").
pattern 170 : =prevented from
pattern 170 [next] : intercept

# --- 171 seize or damage property ---------------------------------------------------------
pattern 171 : loot
pattern 171 : ransack
pattern 171 : plunder
pattern 171 : vandalize|vandalise
pattern 171 : damage * embassy|consulate|mosque|church|temple|property
pattern 171 : storm * embassy|consulate
pattern 1711 : confiscate
pattern 1711 : expropriate
pattern 1711 : nationalize|nationalise
pattern 1711 : impound
pattern 1711 : seize * asset|property|cargo|shipment|goods|land|farm|fund|account|document|equipment|oil|grain
pattern 1711 : confiscation of
pattern 1711 : seizure of * asset|property|cargo|shipment|land
pattern 1711 : take over * farm|land|property|company|mine
pattern 1712 : demolish
pattern 1712 : raze
pattern 1712 : bulldoze
pattern 1712 : =torched|torching
pattern 1712 : set * fire to
pattern 1712 : set * ablaze
pattern 1712 : burn down
# "burnt shops", "shops were burnt by the mob": burning with a patient right after it
# or before it (not "burned calories", nor "burnt alive in her house", a killing).
pattern 1712 : =burnt|burned|burning =the|their|his|her|its|several|many|some|dozens|hundreds|scores|two|three|four|five|ten? house|houses|home|homes|shop|shops|vehicle|vehicles|car|cars|bus|buses|office|offices|shrine|shrines|mosque|mosques|temple|temples|church|churches|village|villages|hotel|hotels|property|properties|building|buildings|coach|coaches
pattern 1712 : house|houses|home|homes|shop|shops|vehicle|vehicles|car|cars|bus|buses|office|offices|shrine|shrines|mosque|mosques|temple|temples|church|churches|hotel|hotels|property|properties|building|buildings * =burnt|burned
pattern 1712 : destroy * home|house|village|property|crop|building|mosque|church|school|hospital
pattern 1712 : demolition of
pattern 1712 : sabotage

# --- 172 administrative sanctions ---------------------------------------------------------------
pattern 172 : impose * restriction on
pattern 172 : impose * restriction
# Imposing a ban of anything; bans of parties, media and rallies have their own codes
# below. (A bare "banned X" is as often a school's, a firm's or a sports body's.)
pattern 172 : impose * ban
pattern 172 : imposition of * restriction|ban|prohibitory
pattern 172 [notgt] : prohibitory order
pattern 172 : =restrictions|=curbs * =imposed|=clamped
pattern 172 : restrict * movement|travel|access
pattern 172 : revoke * citizenship|license|licence|visa|permit|passport
pattern 172 : strip * of * citizenship
pattern 172 : freeze * bank account
pattern 172 : travel ban on
pattern 172 : impose * travel ban
pattern 1721 : censor
pattern 1721 : censorship of
pattern 1721 : ban * protest|rally|demonstration|gathering|assembly|march|newspaper|website|broadcast|medium|media|book|publication
pattern 1721 : block * website|internet|facebook|twitter|youtube|platform
pattern 1721 : block * access to * internet|website|facebook|twitter|youtube
pattern 1721 : block * social media
pattern 1721 : shut down * newspaper|website|internet|media|outlet|station|channel|broadcaster
pattern 1721 : close * newspaper|station|channel|outlet|broadcaster
pattern 1721 : restrict * freedom|speech|press|media|internet|assembly
pattern 1721 : internet shutdown|blackout
pattern 1721 : cut off * internet
pattern 1721 : gag
pattern 1721 : muzzle
pattern 1722 : ban * party|opposition|candidate|politician|group|movement|organisation|organization
pattern 1722 : dissolve * party|opposition|group|organisation|organization
pattern 1722 : outlaw
pattern 1722 : proscribe
pattern 1722 : disqualify
pattern 1722 : bar * from * election|running|contesting|standing|office|politics
pattern 1722 : designate * as * terrorist organisation|organization|group
pattern 1722 : blacklist
pattern 1723 : impose * curfew
pattern 1723 : imposition of * curfew
pattern 1723 [notgt] : bring * under * curfew
pattern 1723 : declare * curfew
pattern 1723 : order * curfew
pattern 1723 : extend * curfew
pattern 1723 : curfew on|in
pattern 1724 : impose|declare|proclaim * state of emergency
pattern 1724 : impose|declare|proclaim * state of siege
pattern 1724 : impose|declare|proclaim * martial law
pattern 1724 : impose|declare|proclaim * emergency rule
pattern 1724 : extend * state of emergency
pattern 1724 : extend * martial law
pattern 1724 : place * under * martial law
pattern 1724 : place * under * emergency rule
pattern 1724 : suspend * constitution
pattern 1724 : state of emergency in

# --- 173 arrest, detain ----------------------------------------------------------------------------
pattern 173 : arrest
pattern 173 : detain
# Verb only: "Iran jails an activist", not "prisoners in Israeli jails".
pattern 173 [hasobj] : jail
pattern 173 : =jailed|=jailing
pattern 173 : imprison
pattern 173 : apprehend
pattern 173 : incarcerate
pattern 173 : capture
pattern 173 : take * into custody
pattern 173 : round up
pattern 173 : lock up
pattern 173 : put * behind bar
pattern 173 : hold * in * custody|detention
pattern 173 : place * under * arrest
pattern 173 : place * under house arrest
pattern 173 : put * under * house arrest
pattern 173 : arrest of
pattern 173 : detention of
pattern 173 : imprisonment of
pattern 173 : nab

# --- 174 expel or deport ----------------------------------------------------------------------------------
pattern 174 : expel
pattern 174 : deport
pattern 174 : expulsion of
pattern 174 : deportation of
pattern 174 : kick out
pattern 174 : order * to leave
pattern 174 : declare * persona non grata
pattern 174 : banish
pattern 174 : extradite * against * will
pattern 174 : forcibly return
pattern 174 : push back * migrant|refugee
pattern 174 : refuse entry to

# A crackdown on dissent (protesters, the opposition) is repression (175); on anything
# else (estates, tax evasion, smuggling) coercion (170).
pattern 170 : crack down on
pattern 170 : crackdown on
pattern 170 : clamp down on
pattern 175 : crack|clamp down on * protester|protest|demonstrator|opposition|dissident|dissent|activist|supporter|critic|journalist|student
pattern 175 : crackdown on * protester|protest|demonstrator|opposition|dissident|dissent|activist|supporter|critic|journalist|student

# --- 175 repression ---------------------------------------------------------------------------------------
pattern 175 : repress
pattern 175 : suppress
pattern 175 : quell
pattern 175 : disperse
pattern 175 : break up * protest|rally|demonstration|march|gathering|sit-in
pattern 175 : use|used * tear gas
pattern 175 : use|used * teargas
pattern 175 : use|used * water cannon
pattern 175 : use|used * rubber bullet
pattern 175 : fire * tear gas
pattern 175 : fire * teargas
pattern 175 : fire * rubber bullet
pattern 175 : tear gas
pattern 175 : teargas
pattern 175 : water cannon
pattern 175 : baton-charge
pattern 175 : baton charge
pattern 175 : repression of
pattern 175 : violent crackdown
pattern 175 : violent crackdown on
pattern 175 : brutal crackdown on

+ Iranian authorities arrested a British journalist. => 173 IRN > GBR
+ Chinese police detained two Canadian citizens. => 173 CHN > CAN
+ Russia expelled ten German diplomats. => 174 RUS > DEU
+ Thailand imposed a curfew in Bangkok. => 1723 THA > THA
+ Indian authorities imposed a curfew in parts of Manipur. => 1723 IND > IND
+ Indian authorities imposed a curfew in parts of Kashmir. => 1723 IND > IND
+ Pakistan declared a state of emergency. => 1724 PAK > -
+ Israeli forces demolished Palestinian homes in the West Bank. => 1712 ISR > PSE
+ The Egyptian government jailed an Australian journalist. => 173 EGY > AUS
+ Russia confiscated property of Ukrainian citizens. => 1711 RUS > UKR
+ Belarusian police cracked down on opposition supporters in Minsk. => 175 BLR > BLR
+ Hungary deported two Iranian students. => 174 HUN > IRN
- Palestinian prisoners in Israeli jails began a hunger strike.
- The infection's spread was arrested by the new drug.
- The museum banned photography in the gallery.
- Heavy rain destroyed crops in the region.
- The singer was captured on camera leaving the club.
+ Chinese coast guard ships harassed Philippine fishing boats. => 170 CHN > PHL
+ Russia launched a cyberattack on Estonia. => 170 RUS > EST
- The bully harassed his classmates.
+ Fresh curbs imposed in Srinagar kept shops shut on Monday. => 172 IND > IND
- Restrictions imposed by the new software licence annoyed users.

# A curfew in the passive ("a curfew was imposed in the city").
pattern 1723 : curfew * impose|declare|clamp|enforce
+ A curfew was imposed in Nairobi on Monday. => 1723 KEN > KEN
- The curfew for the students' dormitory was set at ten.

# Police baton charges ("lathi-charged the protesters", Indian English).
pattern 175 : lathi-charge|lathicharge|baton-charge
pattern 175 : lathi charge|charges|charged|charging
+ Kenyan police lathi-charged the protesters in Nairobi. => 175 KEN > KEN
- The lathi is a long bamboo stick.

# Prohibiting a protest like banning it; people in custody or remanded to
# it.
pattern 1721 : prohibit * protest|rally|demonstration|gathering|assembly|march|strike|procession
pattern 173 : =in * police|judicial|military? custody
pattern 173 : remand * to|in * custody
+ The Kenyan government issued an order prohibiting the strike by teachers. => 1721 KEN > KEN
+ Three Kenyan opposition leaders were remanded in police custody. => 173 KEN > KEN
- The child custody case was heard on Monday.
+ Iran launched cyber warfare against Israel. => 170 IRN > ISR
- The novel describes cyber warfare in the year 2050.
+ The Bolivian government declared a state of siege in Pando. => 1724 BOL > BOL
- The film's state of siege scenes were shot in Spain.
+ The imposition of curfew by Indian authorities angered residents. => 1723 IND > IND
- The imposition of VAT on books angered publishers.
+ Indian authorities brought more areas under curfew. => 1723 IND > IND
+ Indian police said prohibitory orders were in force in Ayodhya. => 172 IND > IND
- The doctor's orders were in force for a week.
- The Kenyan minister died of a cardiac arrest in Nairobi.

# "picked up by the police": arrested, in the police's words of many feeds; sealing
# gates, borders or a town closes them by force.
pattern 173 : =picked up by * police|cops|officers
pattern 191 [hasobj] : seal * border|borders|gate|gates|area|city|town|village|road|roads|crossing|crossings
+ Three Kenyan activists were picked up by the police in Nairobi on Monday. => 173 KEN > KEN
+ Indian police sealed the gates of the disputed site in Ayodhya. => 191 IND > IND
- She picked up the phone and called the police.
- The two firms sealed a deal on Monday.

# Bans, stops and burnings with their patients.
+ The Kenyan government imposed a ban on cash transactions in dollars. => 172 KEN > KEN
- Many schools have banned camera phones from their classrooms.
+ Opposition leaders were prevented from leaving Nairobi by Kenyan police. => 170 KEN > KEN
+ Kenyan police intercepted the opposition leader at the airport. => 170 KEN > KEN
+ Kenyan rioters burnt shops owned by Somalis in Nairobi. => 1712 KEN > SOM
- Joggers burned calories in the park on Sunday.
- Nothing prevented investors from buying the shares.
+ Dozens of shops were burnt by Kenyan rioters in Nairobi. => 1712 KEN > KEN
- Six Kenyan villagers were burnt alive in their house.
- The Kenyan air force intercepted a missile over Mombasa.
- The ban on smoking in pubs proved popular with drinkers.
+ The Venezuelan government is cracking down on large idle estates. => 170 VEN > VEN
+ Kenyan police launched a violent crackdown on protesters in Nairobi. => 175 KEN > KEN
