import type { Week } from '../course-types.ts';

// Life-saving facts in this week, each checked on 2026-12-05 against public health sources:
// - Overdose risk after a break (tolerance drops): US Office of Justice Programs,
//   https://ojp.gov/library/publications/implementing-evidence-based-strategies-reduce-overdose-risk-during-reentry
//   (decreased tolerance after prison or jail, highest risk with opioids); NHS Lothian,
//   https://rightdecisions.scot.nhs.uk/infectious-diseases/inclusion-health-and-pwid/guidelines-on-the-management-of-people-who-inject-drugs-in-lothian-hospitals-2023/take-home-naloxone-prenoxad
//   (people leaving hospital are at high risk; family members and carers can be given naloxone);
//   Penn State Evidence-to-Impact, https://evidence2impact.psu.edu/resources/preventing-overdose-deaths-during-high-risk-transition-periods
//   (higher risk right after detox and treatment, from lost tolerance).
// - Suicide: NIMH, 5 Action Steps for Helping Someone in Emotional Pain,
//   https://www.nimh.nih.gov/health/publications/5-action-steps-for-helping-someone-in-emotional-pain
//   (asking directly does not increase suicidal thoughts; keep them safe by reducing access to lethal items);
//   SAVE, Lethal means safety, https://www.save.org/programs/education-and-training/lethal-means-safety/
//   (store guns out of the home when possible, otherwise locked; lock up medicines, dispose of unused ones).
//   Safe-messaging: means are named only to be put out of reach, never how they harm.
// - Overdose first aid: NHS, Recovery position, https://www.nhs.uk/conditions/first-aid/recovery-position/
//   (on their side, top leg bent so they don't roll, head tilted back to keep the airway open, stay with them);
//   CDC fact sheet "Preventing an Opioid Overdose" (read at https://docslib.org/doc/6230693/preventing-an-opioid-overdose:
//   call, give naloxone if available, lay them on their side, stay until help arrives);
//   naloxone label (openFDA, https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Naloxone+Hydrochloride+Nasal%22:
//   not a substitute for emergency care; if breathing does not return after 2 or 3 minutes, give another dose with a new device);
//   who can get it: SAMHSA, https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose-reversal-medications/over-the-counter-naloxone-faqs
//   (sold without prescription in drug stores), GOV.UK, https://gov.uk/guidance/supplying-take-home-naloxone-without-a-prescription
//   (drug services and others supply it; anyone can use it to save a life).
// - Withdrawal: the sources named in week 2 (NHS, Fairview, Beyond Blue, With You).
// - Safety plan for readers afraid at home: National Domestic Violence Hotline, https://www.thehotline.org/help/path-to-safety/
// - Mobile crisis teams (trained staff who come to you, calm things, assess, help find the next step; not
//   everywhere, hours vary): Wisconsin DHS, https://www.dhs.wisconsin.gov/crisis/respond.htm; peer workers and
//   clinicians on the team, people stay in the community where possible: https://mhpolicy.org/988-lifeline/.
// - Asking for crisis-trained officers and what to tell the call-taker (a mental health crisis, what is
//   happening, weapons, diagnosis and medicines, what helps or worsens; hands empty, lights on, less noise when
//   they come): NAMI San Francisco, https://www.namisf.org/calling-911-and-talking-to-the-poli; Philadelphia
//   Police, https://phillypolice.com/mental-health-services; FERC, https://ferc.org/crisis/law-enforcement/.
// - Emergency assessment (a nurse triages first, then a mental health assessment and a physical check; waits can
//   be long; may end at home with a plan, with a referral, or in hospital; those who came along are involved):
//   https://biologyinsights.com/what-happens-when-you-go-to-the-emergency-room-for-mental-health,
//   Allina Health, https://account.allinahealth.org/services/785. What to bring (medicines list, a short
//   history, care team contacts): https://winenfood.com/the-process-of-emergency-mental-health-care-explained;
//   crisis plans and advance directives are reviewed in assessments: Maine DHHS,
//   http://www.maine.gov/dhhs/samhs/mentalhealth/rights-legal/psychiatric-crisis/question-2.html.
// - Confidentiality (staff may need consent to share, but can always listen to family): Rethink Mental Illness,
//   https://www.rethink.org/advice-and-information/carers-hub/confidentiality-and-information-sharing-for-carers-friends-and-family/;
//   GMC, http://www.gmc-uk.org/guidance/ethical_guidance/confidentiality_64_66_sharing_information.asp.
// - Care without consent and advance statements: the per-country sources in shared/content/crisis-care-by-country.ts;
//   what a psychiatric advance directive is (written when well; care wanted and not wanted; may name someone to
//   decide; recognised by law in many US states): Mental Health America,
//   https://mhanational.org/psychiatric-advance-directive.

/** Early warning signs whatever the person is facing; each situation adds its own below. */
const SIGNS_FOR_EVERYONE = [
  'sleeping much more, or much less',
  'pulling away from friends, family or things they enjoy',
  'skipping meals, work, classes or appointments',
  'money going missing, or new money troubles',
  'mood swings, more anger, or a flat, empty mood',
  'talk that is fast, mixed up, or hard to follow',
];

const AFTER_A_BREAK =
  'A return to use after a break carries a special danger. After time without using, the body can no longer handle the amount it used to. This is true after detox, treatment, a hospital stay or prison, or any break. The risk of overdose is much higher, most of all with opioids or sedatives. Keeping naloxone close can save a life. If they can’t be woken, call your local emergency number.';

/** When to call the emergency number, whatever the person is facing. */
const CALL_IF = [
  'has tried to harm themselves, or says they plan to',
  'can’t be woken, or is breathing very slowly or strangely, which can be a sign of overdose',
  'is so confused or upset that they may hurt themselves or someone else',
];

const WITHDRAWAL_DANGER = 'has a fit, or is very confused or sees things that are not there, after stopping heavy drinking or sedatives';

const RECOVERY_POSITION =
  'If they are breathing but you can’t wake them, roll them onto their side. This is called the recovery position. Bend their top leg at the knee so they don’t roll onto their face. Tilt their head back a little to keep their airway open. Stay with them and watch their breathing until help comes.';

const NALOXONE = [
  'If opioids may be involved, give naloxone if you have it. Naloxone is a medicine that can undo an opioid overdose for a while. Use it as the pack shows, and make sure someone has called for help. If they have not woken after two or three minutes and help is not there yet, give a second dose if you have one. It can wear off, so stay with them even if they wake up.',
  'Families can carry naloxone too. In many places you can get it from a pharmacy, a drug service or a doctor. Keep it where everyone knows to look, and write that place in your crisis plan.',
];

export const week: Week = {
  number: 6,
  title: 'When things get hard',
  summary: 'Setbacks, early warning signs, a crisis plan made in calm times, and what happens when crisis services come.',
  minutes: 40,
  contentNote:
    'This week talks about setbacks, crisis, self-harm, overdose, violence and suicide. Take it at your own pace, and stop whenever you need to. If you or someone else is in danger now, call your local emergency number, or use the Need help now? button at the top of every screen.',
  welcome: [
    'If you are reading this after a hard week, or in the middle of one, we are glad you are here. Hard times can feel like the ground has dropped away. Fear, anger and grief can all show up at once. Those feelings make sense.',
    'This week is about getting ready. Setbacks happen in almost every recovery, and you can’t stop them all. But a little planning, done in a calm time, can make the hard moments less chaotic and less lonely. That is true for you and for {person}.',
  ],
  sections: [
    {
      id: 'setbacks',
      title: 'Setbacks are part of the path',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Recovery rarely goes in a straight line. It is more like a winding path, with climbs, dips and flat stretches. Symptoms can come back after months of feeling well. Someone who was well for a long time can become unwell again. This happens to many people, even those who work hard at their recovery.',
            ],
            'substance-use': [
              'Recovery rarely goes in a straight line. It is more like a winding path, with climbs, dips and flat stretches. Someone who stopped drinking or using can return to use, even after months or years. This happens to many people, even those who work hard at their recovery.',
              AFTER_A_BREAK,
            ],
            both: [
              'Recovery rarely goes in a straight line. It is more like a winding path, with climbs, dips and flat stretches. Symptoms can come back after months of feeling well. Someone who stopped drinking or using can return to use. This happens to many people, even those who work hard at their recovery.',
              AFTER_A_BREAK,
            ],
          },
        },
        'A setback does not wipe out the progress before it. The skills, the insight and the good months still count. Many people learn something from a setback. It might show a new trigger, a need for more support, or a sign they missed.',
        'How the people around them react can help a lot. When a setback happens, try these.',
        {
          list: [
            'Stay as calm as you can, even if you are scared inside.',
            'Skip “I told you so” and long lectures.',
            'Let them know the door is still open. “I’m still here” is enough.',
            'Ask what would help, instead of taking over.',
            'Keep the boundaries you have set, kindly.',
          ],
        },
        'Setbacks are hard on families too. You may feel grief, or fear that all the hope was for nothing. It wasn’t. Hope and a setback can live side by side. You can feel let down and still believe in {person}.',
      ],
    },
    {
      id: 'warning-signs',
      title: 'Early warning signs',
      blocks: [
        'Before a crisis, there are often small changes. These are early warning signs. They are different for each person, and they can be hard to see up close. Here are some common ones.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  ...SIGNS_FOR_EVERYONE,
                  'hearing or seeing things others don’t, or strong new fears',
                  'saying they feel hopeless, trapped, or like a burden',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  ...SIGNS_FOR_EVERYONE,
                  'drinking or using more, or starting to hide it',
                  'spending time again with people or places linked to using',
                  'saying they feel hopeless, trapped, or like a burden',
                ],
              },
            ],
            both: [
              {
                list: [
                  ...SIGNS_FOR_EVERYONE,
                  'hearing or seeing things others don’t, or strong new fears',
                  'drinking or using more, or starting to hide it',
                  'spending time again with people or places linked to using',
                  'saying they feel hopeless, trapped, or like a burden',
                ],
              },
            ],
          },
        },
        'No single sign proves anything. Everyone has bad nights. Look for changes from what is usual for {person}, and for signs that pile up over days.',
        'The best expert on their warning signs is {person}. If you can, ask them at a calm time. “What do you notice first when things start to slip? What would you like me to do if I see it?” Write down what they say.',
        'When you notice a sign, name it gently and without blame. “You’ve seemed tired and quiet this week. How are you doing?” Then listen. Offer help, and remind them of any plan they have made.',
        'Some signs need quick action. {Person} may talk about suicide or wanting to die. They may say goodbye, or give away things they care about. Take this seriously. Ask them plainly if they are thinking of suicide. Asking does not put the idea in their head. Then get help right away. Call a crisis line or your local emergency number, or use the Need help now? button.',
        'While you get help, make the home safer for now. This is one of the most useful things a family can do.',
        {
          list: [
            'If there are guns in the home, ask someone you trust to keep them somewhere else for a while. If that can’t happen, lock them away and keep the key out of reach.',
            'Lock up medicines. Keep only small amounts at home, and get rid of old ones safely, for example at a pharmacy.',
            'Stay close. Don’t leave them alone if you fear for their life.',
          ],
        },
      ],
    },
    {
      id: 'crisis-plan',
      title: 'A crisis plan, made in calm times',
      blocks: [
        'A crisis is a hard time to think clearly. That is why it helps to plan ahead. A family crisis plan is a short, written guide for the worst days. It says who to call, what helps, and what to avoid. When everyone is scared, it gives you something steady to follow.',
        'The idea comes from WRAP, the Wellness Recovery Action Plan. With WRAP, people write their own plan for staying well, spotting warning signs and getting through a crisis. A family plan fits well next to it. It follows the person’s wishes as far as it can.',
        'A good family plan covers these things.',
        {
          list: [
            'Who to call first, with phone numbers. Think of the care team, a trusted friend, a crisis line and your local emergency number.',
            'Early warning signs, in their own words if you can.',
            'What helps them when things get hard, like quiet, music, a walk, or a certain person.',
            'What makes things worse, like crowds, raised voices, or too many questions.',
            'Practical details, like the name of their doctor, any medicines they take, and who looks after children, pets or bills.',
            'What you will do to stay safe yourself.',
            'How you will keep the home safer: medicines locked away, and any guns kept out of the home or locked.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': ['Note where their medicines are kept, and who looks after them.'],
            'substance-use': ['If opioids could be part of the picture, note where the naloxone is kept, so anyone can find it fast.'],
            both: ['If opioids could be part of the picture, note where the naloxone is kept, so anyone can find it fast.'],
          },
        },
        'Add the numbers you would need in a hurry: your local emergency number, a crisis line, and a domestic violence line. The Need help now? page lists them for your country.',
        'Keep it short enough to read in a rush. You can keep it here in the app and print a copy. Put copies where they are easy to find. Share one with each person named in the plan.',
        'Look at it again every few months, and after any crisis. A plan gets better each time you use it.',
        'If you are ever afraid of {person}, or of anyone at home, make a private safety plan too. It is just for you: safe places to go, people to call, a code word, your important papers, and a bag packed. If you are in danger now, call your local emergency number.',
        { kind: 'link', href: '/crisis-plan', label: 'Open our family crisis plan' },
        { kind: 'link', href: '/safety-plan', label: 'Make a private safety plan' },
      ],
    },
    {
      id: 'making-it-together',
      title: 'Making the plan together',
      blocks: [
        'The plan works best when {person} helps make it. It is about their life and their care. When they have a say, they are more likely to trust it. And you are less likely to guess wrong in a hard moment.',
        'Pick a calm time, when things are going fairly well. You might say, “I’d like us to have a plan in case things ever get really hard. I want it to be what you want. Would you help me write it?”',
        'Give them a part that is theirs alone. It could cover these things.',
        {
          list: [
            'who they want called, and who they don’t',
            'what helps them feel safe',
            'their wishes about treatment, or where they would like to go for care',
            'things they want you to know, but may find hard to say in a crisis',
          ],
        },
        'They may write their part, or ask you to write it with them. They may also say no. That is their right. Respect it, and keep the door open. “That’s okay. If you change your mind, the offer stands.”',
        'If they say no, you can still make your own part of the plan. It covers what you will do, who you will call, and how you will stay safe. Tell them it exists and where it is kept. Being open about it builds trust.',
        'Some people also write an advance statement. In some places it is called an advance directive. It is written in a calm time. It says what care {person} would want, and not want, if they become too unwell to decide. It can also name someone to speak for them. In many places, the care team should take it into account.',
        'If {person} wants to write one, you can help without pressure. Offer to find the form, sit with them while they write, or keep a copy safe. Let the words be theirs, even where you would choose something else. Then write in your crisis plan where it is kept.',
        'The rules are different in each country, and some places have no law on it. A care team can tell you what is possible where you live. The part called “When crisis services come”, below, has a short note for your country.',
      ],
    },
    {
      id: 'in-an-emergency',
      title: 'In an emergency',
      blocks: [
        'Some moments can’t wait. If a life may be in danger, call your local emergency number right away. You don’t need to be sure. Call if {person}:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [{ list: CALL_IF }],
            'substance-use': [{ list: [...CALL_IF, WITHDRAWAL_DANGER] }],
            both: [{ list: [...CALL_IF, WITHDRAWAL_DANGER] }],
          },
        },
        'Here are the crisis lines where you live. A crisis line is there when you are worried but not sure it is an emergency. You can call about {person}, and you can call for yourself. The same help is always one tap away, under Need help now? at the top of every screen.',
        { kind: 'crisis-help' },
        'While you wait for help, try these.',
        {
          list: [
            'Stay with them if it is safe to do so.',
            'Speak slowly and calmly, and keep things quiet.',
            'Tell the people who come about their mental health or substance use, and show them the plan.',
            'If you feel in danger, move away and keep yourself safe.',
          ],
        },
        RECOVERY_POSITION,
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': ['If you think they have taken too much of a medicine, call even if they seem fine for now.'],
            'substance-use': NALOXONE,
            both: NALOXONE,
          },
        },
        'Your safety matters. If {person} turns violent, or you feel threatened, leave and call for help. You can’t help anyone if you are hurt.',
        'After a crisis, everyone is worn out. Rest first. Later, when things are calm, look back together at what helped and what didn’t. Then update the plan.',
      ],
    },
    {
      id: 'when-help-comes',
      title: 'When crisis services come',
      blocks: [
        'In a crisis, you may meet services you have never dealt with before. Knowing what they do can make a scary time a little less strange.',
        'In many places, a mobile crisis team can come to you. It is a small team of trained staff, such as nurses, social workers or peer workers. They talk with {person}, try to calm things, and help work out the next step. That might be a plan to stay safe at home, or more care. To ask for one, call a crisis line or your local mental health service. Ask, “Is there a crisis team that can come to us?” Teams are not everywhere, and some work only certain hours.',
        'If a life is in danger, call your local emergency number. Police may come. In many places, you can ask for officers with training in mental health crises. In the United States, they are often called CIT officers. It is always okay to ask. When you call, tell them these things.',
        {
          list: [
            'that this is a mental health crisis',
            'what is happening right now, in plain words',
            'if there are any weapons in the home',
            'what calms {person}, and what makes things worse',
            'any diagnosis or medicines you know of',
          ],
        },
        'When help arrives, keep your hands empty and in sight. Turn on the lights and turn off the TV. Say who you are, and tell them again what you told the call-taker.',
        'If {person} goes to an emergency department, they will usually have a mental health assessment. A crisis team may do one too. First, a nurse checks how urgent things are. Then a doctor or mental health worker talks with {person}. They ask how they feel, what has happened lately, and how they are sleeping. They ask about any thoughts of harm to themselves or others. They check their body’s health too. The wait can be long.',
        'You can help a lot by bringing a few things.',
        {
          list: [
            'the crisis plan, if there is one',
            'a list of their medicines and doses',
            'a short history: past crises, what was tried, and what helped',
            'the names and numbers of their doctor or care team',
            'their advance statement, if they have one',
          ],
        },
        'Staff may not share much with you unless {person} agrees. That rule protects them. But staff can always listen to you, so tell them what you have seen. The assessment may end with going home with a plan, a referral for more care, or a stay in hospital.',
        'Most people in mental health care agree to it. But many countries have a law for rare times when someone is very unwell and at serious risk, and can’t or won’t agree to care. Then the law may allow a hospital stay or treatment without their consent.',
        'This is never done lightly. These laws have safeguards. Usually more than one professional must agree. There are time limits, and a tribunal or a judge can check the decision. {Person} keeps their rights: to be told why, to get help from an advocate or lawyer, and to appeal.',
        'It can be very hard to watch. You may feel relief and guilt at the same time. Both are normal. You can ask the team questions. Why is this happening? How long may it last? What are their rights? How can I stay in touch and help? You can keep visiting, bring familiar things, and let {person} know you are on their side.',
        'Choose where you live to see how it works there.',
        { kind: 'crisis-care' },
      ],
    },
  ],
  story: {
    title: 'The plan on the fridge',
    variants: {
      'mental-illness': [
        'Grace’s {relation}, Tevita, lives with schizophrenia. For almost a year, things had been steady. Tevita worked part-time at a plant nursery and came to Sunday lunch most weeks.',
        'Months before, on a calm afternoon, they had made a crisis plan together. Tevita wrote their own part. It said, “If I stop sleeping and worry that people are watching me, I’m getting unwell. Call my care worker, Lena, first. Keep things quiet. My music helps. Don’t crowd me.”',
        'Then Tevita missed two Sunday lunches in a row. On the phone, they sounded tense. They said the people next door were listening through the walls. Grace felt her chest tighten. Then she thought of the plan on the fridge.',
        'She didn’t argue about the people next door. She said, “That sounds really stressful. You told me that when sleep goes, it helps to call Lena. Would you like me to call her with you?” Tevita was quiet for a long time. Then they said yes.',
        'Lena saw Tevita the next day. The care team made some changes, and Tevita took time off work. It was a hard month. But it went more gently than the last time. Nobody shouted, and Tevita felt heard.',
        'Later, they looked at the plan together. Tevita added one line at the top. “Ask me about sleep first.”',
      ],
      'substance-use': [
        'Hamid’s {relation}, Noor, had not used opioids for eight months. Noor went to a peer group each week and had a new job. Hamid had started to relax.',
        'Then one night, Noor called, crying. They had used again after a bad week at work. Hamid’s first feeling was fear. His second was anger. He wanted to shout, “After everything?” Instead, he took a slow breath.',
        '“Thank you for telling me,” he said. “I’m still here. Are you safe right now?”',
        'Months before, they had written a crisis plan together. Noor’s part said, “If I use again, please don’t lecture me. Help me call Rita, my peer worker. I want to go back to my group.”',
        'Hamid’s part held something he had learned at a family group. After a break from use, the risk of overdose is higher. So the plan said what to do. If Noor could not be woken, or their breathing was slow, he would call the emergency number right away.',
        'Hamid stayed on the phone while Noor texted Rita. Noor went back to group two days later. The weeks after were bumpy. Hamid went to his own group to talk through his fear.',
        'Looking back, Noor said what helped most was that Hamid didn’t yell. “It made it easier to come back,” they said.',
      ],
      both: [
        'Lucía’s {relation}, Ben, lives with depression and drinks more when it gets bad. Over a few weeks, Lucía saw changes. Ben stopped answering texts and missed their weekly call. When she visited, there were empty bottles by the door. Ben said, “You’d all be better off without me.”',
        'Lucía went cold all over. She remembered what she had read. Take those words seriously, and ask plainly. Her voice shook, but she asked, “Ben, are you thinking about suicide?”',
        'Ben looked at the floor. “Sometimes,” they said.',
        'Lucía sat down next to Ben. “Thank you for telling me. I’m not going anywhere. Let’s call someone together.” She rang a crisis line on speaker. The calm voice on the line talked with Ben, then with Lucía. Together they made a plan to keep Ben safe that night. Lucía stayed over. The next morning, Ben agreed to see their doctor.',
        'Weeks later, when Ben felt steadier, they wrote a crisis plan together. Ben’s part said, “If I go quiet, check on me. Don’t take it personally.” Lucía’s part listed the crisis line, the local emergency number, Ben’s doctor, and a friend she could call for herself.',
        'Ben is still working on the drinking and the low days. But now they both know what to do.',
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - Bipolar Caregivers, Bipolar warning signs, http://www.bipolarcaregivers.org/treatment-and-management/bipolar-warning-signs
    //   (sleeping less, talking fast, many plans, spending; knowing a person's own signs lets them act early);
    // - Better Blokes NZ, https://betterblokes.org.nz/2016/12/a-characteristic-and-early-feature-of-bipolar-is-the-loss-of-insight/
    //   (in a high a person feels fantastic and may not see that they are unwell);
    // - Vanderbilt Health Library, Know the Symptoms of Depression,
    //   https://healthlibrary.vanderbilthealth.com/Library/DiseasesConditions/Adult/MentalHealth/3,84265
    //   (withdrawing from friends and old pleasures; never ignore talk of suicide);
    // - NIMH, 5 Action Steps for Helping Someone in Emotional Pain,
    //   https://www.nimh.nih.gov/health/publications/5-action-steps-for-helping-someone-in-emotional-pain
    //   (asking directly about suicide does not increase the risk);
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (trouble sleeping, withdrawal and suspicion of others can come before an episode; marijuana can play a part);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (psychosis care teams can treat cannabis or alcohol use alongside psychosis).
    // Each plan keeps the crisis line and the emergency number, as the week teaches; no method detail.
    // The psychosis reader with a mental illness already meets schizophrenia in the situation story.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          'Anika’s {relation}, Dara, lives with bipolar disorder. After a hard year, Dara had been well for months, back at college and singing in a band.',
          'Months before, in a calm week, they had made a crisis plan together. Dara wrote their own part. It said, “When I’m going high, I sleep less than five hours and feel great about it. I talk fast and start lots of projects. I buy things I don’t need. If you see this, tell me kindly. Call my nurse, Tom, with me.”',
          'Then, one spring, Dara was up at three in the morning, painting the kitchen and planning three new bands. Anika felt the old fear. Then she thought of the plan on the fridge.',
          'She didn’t say, “You’re getting ill.” She said, “You seem so full of energy. You told me that short nights mean it’s time to call Tom. Shall we call him together?” Dara frowned. “I’m fine. I’ve never felt better.”',
          'Anika kept her voice warm. “I know it feels good. You asked me to say this. It’s your plan.” Dara read their own words on the fridge. After a long pause, they said, “Okay. But you start the call.”',
          'Tom saw Dara that week. The care team made some changes, and Dara took a break from the band. It was a bumpy month, but gentler than the last time.',
          'Later, they looked at the plan together. Dara added one line at the top. “If I say I’ve never felt better, that’s a sign too.”',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          'Bridget’s {relation}, Tendai, lives with depression. After a hard winter, Tendai had been steadier for most of a year, and went running on Saturdays.',
          'Months before, on a calm afternoon, they had made a crisis plan together. Tendai wrote their own part. It said, “When I’m getting low, I stop answering messages and stay in bed all weekend. If that happens, come round. Ask me straight out how bad it is, even about suicide. I would rather you asked. Then help me call Dr Osei.” The plan also listed a crisis line and the local emergency number.',
          'In the autumn, Tendai stopped answering. They missed two Saturday runs. Bridget felt the fear rise. Then she thought of the plan on the fridge.',
          'She went round with soup and sat down next to Tendai. Her voice shook, but she asked, as the plan said. “You’ve gone quiet, like you said you might. How bad is it? Are you having thoughts of suicide?”',
          'Tendai was quiet for a while. “No. Not that. But it’s getting dark in my head again.” Bridget said, “Thank you for telling me. Let’s call Dr Osei together, like you planned.” If the answer had been yes, the plan said to call the crisis line together, right then.',
          'The doctor saw Tendai that week. It was a slow month. But Bridget knew what to do.',
          'Later, they looked at the plan again. Tendai added one line at the bottom. “Soup helps.”',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          'Anton’s {relation}, Jaz, lives with psychosis and used to smoke cannabis every day. For most of a year, Jaz had cut right down and been well, working at a bike shop.',
          'Months before, on a calm day, they had made a crisis plan together. Jaz wrote their own part. It said, “When I’m getting unwell, I smoke more and sleep less. I start to think people are talking about me. If that happens, don’t lecture me. Text my worker, Mo, and keep things calm.”',
          'Then, after a friend’s birthday weekend, Jaz was smoking every day again. They stayed up all night and said the people at work were laughing at them. Anton wanted to shout about the cannabis. Instead, he thought of the plan on the fridge.',
          'He said, “You seem really on edge. You told me that when sleep goes, we text Mo. Shall we do it now?” Jaz shrugged. Then they handed him the phone.',
          'Mo saw Jaz the next day. The team helped with the fears, and talked about the cannabis without judging. It was a hard few weeks, but gentler than the last time.',
          'Anton’s part of the plan held one more thing: the crisis line and the local emergency number, for a night when Jaz might not be safe. He did not need them this time. But he was glad they were there.',
          'Later, Jaz added one line at the top. “Smoking more is a warning sign for me. Say so kindly.”',
        ],
      },
    ],
  },
  takeaways: [
    'Setbacks are part of recovery. They don’t erase the progress made.',
    'Learn the early warning signs, best of all from {person}, at a calm time.',
    'A crisis plan says who to call, what helps and what doesn’t.',
    '{Person} may write their own part of the plan, or say no. Both are their choice.',
    'If a life may be in danger, call your local emergency number, or use the Need help now? button.',
    'If someone may be thinking of suicide, ask plainly, stay close, and put guns and medicines out of reach.',
    'When crisis services come, share the plan, the medicines list and what calms {person}. You can always ask about their care and their rights.',
  ],
  reflections: [
    {
      id: 'w6-warning-signs',
      prompt: 'What changes have you noticed in the past, before things got hard?',
      hint: 'Think about sleep, mood, money, friends or routines. Write what you saw, not what you think it meant.',
    },
    {
      id: 'w6-what-steadies-me',
      prompt: 'What helps you stay steady when you are scared for {person}?',
      hint: 'A person, a place, a few slow breaths, a walk. Anything that has helped before counts.',
    },
  ],
  practice: {
    id: 'w6-practice',
    tools: [
      { href: '/crisis-plan', label: 'Open our family crisis plan' },
      { href: '/safety-plan', label: 'Make a private safety plan' },
    ],
    title: 'Start a family crisis plan',
    intro: [
      'This week’s skill is to start a family crisis plan. You don’t need to finish it in one go. A plan with a few lines is more than you had before.',
      'If {person} is willing, make it with them, and give them a part that is theirs alone. If not, start your own part now. You can keep the plan here in the app and print it to share.',
    ],
    steps: [
      'Pick a calm time. Ask {person} if they would like to help write the plan.',
      'List who to call first, with numbers. Add the care team, a crisis line, and your local emergency number.',
      'Write what helps when things get hard, and what makes things worse.',
      'Add practical details, like their doctor, any medicines they take, and who looks after children, pets or bills.',
      'Write how you will keep the home safer: medicines locked away, and any guns kept out of the home or locked.',
      'Share copies with the people named in it. Pick a date to look at it again.',
    ],
    plan: [
      {
        id: 'w6-plan-call-first',
        label: 'Who I will call first',
        hint: 'A name and a number, like their care team or a trusted friend. Add your local emergency number too.',
      },
      {
        id: 'w6-plan-what-helps',
        label: 'What helps them when things get hard',
        hint: 'Ask them if you can. Quiet, music, a walk, a certain person?',
      },
      {
        id: 'w6-plan-what-does-not-help',
        label: 'What makes things worse',
        hint: 'Crowds, raised voices, too many questions?',
      },
      {
        id: 'w6-plan-stay-safe',
        label: 'What I will do to stay safe myself',
        hint: 'Where could you go? Who could you call for yourself?',
      },
    ],
  },
  selfCheck: [
    {
      id: 'w6-check-setback',
      question: 'After months of doing well, {person} has a setback. What is most true?',
      options: [
        { text: 'All the progress is lost.', correct: false },
        { text: 'Setbacks are common, and the progress before still counts.', correct: true },
        { text: 'It proves that nothing they tried ever worked.', correct: false },
      ],
      explanation:
        'Recovery is rarely a straight line. A setback can feel crushing, for them and for you. But the skills and good months are still there to build on. A calm, open response makes it easier for them to find their way back.',
    },
    {
      id: 'w6-check-asking',
      question: 'Someone you love says they wish they were dead. Does asking them plainly about suicide put the idea in their head?',
      options: [
        { text: 'Yes, so it is best not to mention it.', correct: false },
        { text: 'No. Asking plainly is a caring step, and it can open the door to help.', correct: true },
      ],
      explanation:
        'Asking does not plant the idea. Many people feel relief when someone finally asks. It is a scary question to ask, and it is brave to do it. Then get help right away: call a crisis line or your local emergency number, or use the Need help now? button.',
    },
    {
      id: 'w6-check-plan-together',
      question: '{Person} doesn’t want to help write a crisis plan. What can you do?',
      options: [
        { text: 'Respect their choice, make your own part, and keep the offer open.', correct: true },
        { text: 'Write their part for them without telling them.', correct: false },
        { text: 'Keep asking until they give in.', correct: false },
      ],
      explanation:
        'Their part of the plan is theirs to write or to decline. You can still plan what you will do, and tell them it exists. Many people join in later, once they see the plan is there to respect their wishes.',
    },
    {
      id: 'w6-check-emergency',
      question: 'When should you call your local emergency number?',
      options: [
        { text: 'When a life may be in danger, such as when someone can’t be woken.', correct: true },
        { text: 'Only after you have tried everything else.', correct: false },
        { text: 'Never, because it might upset them.', correct: false },
      ],
      explanation:
        'If a life may be in danger, call right away. You don’t need to be sure first. It is always okay to ask for help. If you are not sure it is an emergency, a crisis line can help you decide what to do.',
    },
    {
      id: 'w6-check-safer-home',
      question: '{Person} has talked about wanting to die, and you are getting help. What else can keep them safer?',
      options: [
        { text: 'Put guns and medicines out of reach for now, and stay close.', correct: true },
        { text: 'Leave them alone for a while to calm down.', correct: false },
        { text: 'Wait and see if they mention it again.', correct: false },
      ],
      explanation:
        'Putting guns and medicines out of reach gives time for help to work, and staying close helps too. You don’t have to do it alone. Call a crisis line or your local emergency number, or use the Need help now? button.',
    },
  ],
  forYou: {
    title: 'After the storm',
    blocks: [
      'Living through a crisis, or even the fear of one, takes a lot out of you. Your body may stay on high alert for days. You might feel shaky, numb, teary or angry. All of that is normal.',
      'After a hard moment, take care of the basics first: water, food and sleep. Then tell one person what happened. Someone who listens without judging can help you set it down.',
      'Put yourself in the crisis plan too. Who will you call when you need support? A crisis line is there for you as well, not only for {person}.',
    ],
  },
};
