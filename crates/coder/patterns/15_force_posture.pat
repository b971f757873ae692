# What it does: codes exhibitions of military or police power (CAMEO 15, PLOVER
#   MOBILIZE): exercises and weapons tests, raised alert levels, police and
#   military deployments, mobilisation and troop build-ups.
# Why: posture changes precede the use of force; "deploy" and "mobilise" are
#   almost always military in news. Joint exercises with a partner are
#   material cooperation (06_material_cooperation.pat).
# Example: "Russia deployed troops to the Ukrainian border." => 154 RUS > UKR
# Example: "North Korea test-fired a ballistic missile." => 150 PRK > -
# Counter-example: "The app deployed a new update to users." (technology)
# Counter-example: "The coach mobilised the fans before the final." (sports)

# --- 150 show of force ------------------------------------------------------------------
pattern 150 [notgt] : hold|conduct|stage|launch * military * exercise|drill|manoeuvre|maneuver
pattern 150 [notgt] : carry out * military * exercise|drill|manoeuvre|maneuver
pattern 150 [notgt] : hold|conduct|stage|launch * live-fire|naval|air * exercise|drill
pattern 150 [notgt] : military exercise|drill|manoeuvre|maneuver
pattern 150 [notgt] : war game
pattern 150 [notgt] : test-fire|test-fired
pattern 150 [notgt] : test * missile|rocket|weapon|bomb|warhead
pattern 150 [notgt] : test * nuclear|ballistic|hypersonic|cruise * missile|weapon|device
pattern 150 [notgt] : launch * ballistic|cruise|hypersonic|intercontinental * missile
pattern 150 [notgt] : missile test|launch
pattern 150 [notgt] : nuclear test
pattern 150 [notgt] : conduct * nuclear test
pattern 150 : show of force
pattern 150 : fly * bomber|jet|warplane|aircraft * over|near|into
pattern 150 : sail * warship|carrier|destroyer|vessel * through|into|near
pattern 150 : violate * airspace
pattern 150 : enter * airspace
pattern 150 : military parade
pattern 150 : patrol * near|along|in
pattern 150 : send * warship|carrier|destroyer|submarine|bomber * to|near|toward|towards
pattern 150 : station * missile|warship|troop|soldier in|near
pattern 150 : buzz
pattern 150 : intercept * jet|aircraft|plane|bomber|vessel|ship
pattern 150 : unveil * missile|weapon|drone|warship|tank

# --- 151 police alert -----------------------------------------------------------------------
pattern 151 [notgt] : heighten|tighten|increase|boost * security
pattern 151 [notgt] : step up * security
pattern 151 [notgt] : put * police on * alert
pattern 151 [notgt] : place * police on * alert
pattern 151 [notgt] : raise * terror|terrorism|security * alert
pattern 151 [notgt] : raise * terror|terrorism|security * threat level
pattern 151 [notgt] : security alert
pattern 151 [notgt] : tighten * security measure
pattern 151 [notgt] : beef up * security
pattern 151 [notgt] : make * security arrangement
pattern 151 [notgt] : security * =tightened

# --- 152 military alert ---------------------------------------------------------------------
pattern 152 [notgt] : put * army|troop|military|force|unit * on * alert|standby|readiness
pattern 152 [notgt] : place * army|troop|military|force|unit * on * alert|standby
pattern 152 [notgt] : on * high alert
pattern 152 [notgt] : remain|stay|keep on * alert
pattern 152 [notgt] : raise * alert level|readiness
pattern 152 [notgt] : combat readiness
pattern 152 [notgt] : full combat readiness
pattern 152 [notgt] : put * nuclear * on * alert
pattern 152 [notgt] : heighten * military readiness|alert
pattern 152 [notgt] : state of alert

# --- 153 police power -------------------------------------------------------------------------
pattern 153 : deploy * police|policeman|officer|gendarme
pattern 153 : deploy * security force
pattern 153 : deploy * riot police
pattern 153 : send * police * to
pattern 153 [notgt] : mobilize|mobilise * police
pattern 153 [notgt] : increase * police presence
pattern 153 [notgt] : boost * police presence

# --- 154 mobilize armed forces -----------------------------------------------------------------
pattern 154 : deploy
pattern 154 : deploy * to
pattern 154 : redeploy
pattern 154 : deployment of * troop|force|soldier|missile|warship
pattern 154 [notgt] : mobilize|mobilise
pattern 154 [notgt] : mobilization|mobilisation
pattern 154 [notgt] : partial mobilization|mobilisation
pattern 154 [notgt] : call up * reservist|conscript|reserve
pattern 154 : mass * troop|force|soldier|tank
pattern 154 : strengthen|reinforce|bolster * force|troop|garrison
pattern 154 : strengthen|reinforce|bolster * military presence
pattern 154 : mass * troop|force|soldier|tank near|on|along
pattern 154 : build up * troop|force|military
pattern 154 : troop buildup|build-up|buildup|build
pattern 154 : military buildup|build-up
pattern 154 : reinforce
pattern 154 : send * reinforcement
pattern 154 : send * troop|soldier|force|marine|paratrooper|reinforcement|battalion|brigade|platoon|regiment|contingent|squadron|commando
pattern 154 : send * troop|soldier|force|marine|paratrooper|reinforcement|battalion|brigade|platoon|regiment|contingent|squadron|commando to|into
pattern 154 : move * troop|tank|force|missile|warship * to|toward|towards|near
pattern 154 : boost * military presence
pattern 154 : increase * military presence|spending|budget
pattern 154 : expand * army|military|arsenal|navy
pattern 154 : conscript
pattern 154 : rearm

+ Russia deployed troops to Belarus. => 154 RUS > BLR
+ North Korea test-fired a ballistic missile. => 150 PRK > -
+ China sent warships to Taiwan. => 150 CHN > TWN
+ Serbia put its army on high alert. => 152 SRB > -
+ The Russian president announced a partial mobilisation. => 154 RUS > -
+ Poland sent more troops to its border with Belarus. => 154 POL > BLR
+ Indian police deployed riot police in Manipur. => 153 IND > IND
+ Kenya sent an infantry battalion to Somalia. => 154 KEN > SOM
- The club sent a large contingent of fans to the final in Madrid.
- The app deployed a new update to users.
- The coach mobilised the fans before the final.
- The band tested new songs at a small club.
+ Egypt tightened security at its border with Gaza. => 151 EGY > -
- Egypt tightened its grip on the national football league.

# Forces dispatched like forces deployed.
pattern 154 [hasobj] : dispatch * troop|soldier|force|police|army|warship
+ Kenya dispatched troops to the border. => 154 KEN > -
- Security was tight at the football match.

# A strict vigil kept by the police is a raised alert.
pattern 151 [notgt] : keep|maintain * strict|close|tight|constant|round-the-clock vigil
pattern 151 [notgt] : be on * vigil|alert
+ Kenyan police kept a strict vigil on the border towns. => 151 KEN > -
- Hundreds of mourners kept a candlelit vigil outside the hospital.
+ Indian troops remained on alert along the border. => 152 IND > -
- Shoppers remained on alert for bargains.
+ Turkey strengthened its forces on the Syrian border. => 154 TUR > -
- The club strengthened its squad before the season.
+ Indian police made elaborate security arrangements in Ayodhya. => 151 IND > IND
- The wedding planners made elaborate arrangements for the guests.
