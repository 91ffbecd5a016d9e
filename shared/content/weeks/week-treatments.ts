import type { Week } from '../course-types.ts';

/**
 * The treatments lesson: what each common treatment is for, what it can and cannot do, side
 * effects and what helps, helping without taking over, and questions for a prescriber. It
 * explains and never advises: starting, stopping or changing a medicine is always for the
 * person and their prescriber.
 *
 * Its key is 9 (keys are stored, so they never change) and it is read third, after week 2
 * (`course-order.ts`): readers see it as "Week 3". Ids use the prefix `tr-`.
 *
 * Every clinical fact was checked on 2026-12-05 against the source named beside it.
 */

// Sources, checked 2026-12-05:
// [MSD] MSD Manual (home edition), Antipsychotic medications,
//   https://www.msdmanuals.com/home/mental-health-disorders/schizophrenia-and-related-disorders/antipsychotic-medications
//   (side effects: drowsiness, muscle stiffness, tremors, weight gain, restlessness; tardive dyskinesia;
//   weight and blood sugar risks with some newer ones; white blood cell checks with clozapine);
//   NICE, Bipolar disorder, information for the public, https://www.nice.org.uk/guidance/cg185/ifp/chapter/Types-of-treatment
//   (the main treatment for mania is an antipsychotic; being offered one does not always mean psychosis).
// [RCP-DEPOT] Royal College of Psychiatrists, Long-acting injectable (depot) antipsychotics,
//   https://www.rcpsych.ac.uk/mental-health/treatments-and-wellbeing/depot-medication
//   (an antipsychotic given by injection, released slowly over weeks or months).
// [CLOZ] Australian Prescriber, Clozapine, https://pmc.ncbi.nlm.nih.gov/articles/PMC5768594
//   (the most effective antipsychotic, kept for schizophrenia that has not responded to two other
//   antipsychotics; needs regular blood tests; used with CBT, self-management and family support);
//   constipation with clozapine is common and can be serious: https://pmc.ncbi.nlm.nih.gov/articles/PMC4926397
// [EIP] NHS London, Early intervention in psychosis standard,
//   https://myhealth.london.nhs.uk/health-and-wellbeing/early-intervention-in-psychosis/national-psychosis-standard/
//   (a team for a first episode of psychosis, a care coordinator, treatment within two weeks of referral
//   in England; family intervention, CBT for psychosis, physical health checks, carer education and
//   support, education and work support, medication); in the US the same model is called coordinated
//   specialty care: https://www.psychiatrictimes.com/view/coordinated-specialty-care-paving-the-way-for-psychosis-recovery
// [LITH] College of Psychiatrists of Ireland, Mood stabilisers,
//   https://apps.irishpsychiatry.ie/external-affairs-policy/public-information/mental-health-treatments/mood-stabilisers/
//   (lithium needs regular blood tests; it keeps working to prevent new episodes; stopping it suddenly can
//   bring a rebound of mania or depression, so talk with the doctor first); Mind, Lithium,
//   https://www.mind.org.uk/information-support/drugs-and-treatments/lithium-and-other-mood-stabilisers/lithium/
//   (the blood level must stay in a range: too low and it does not work, too high is dangerous).
// [AD] Mind, How antidepressants can help,
//   https://www.mind.org.uk/information-support/drugs-and-treatments/antidepressants/how-antidepressants-can-help/
//   (most take one to two weeks to start working; speak to the doctor if no benefit after two to four
//   weeks, or if you feel worse; CBT is offered for mild to moderate depression and anxiety);
//   NHS Choices as quoted by Research Autism, https://informationautism.org/interventions/47/antidepressants-and-autism/costandtime
//   (stopping suddenly can bring withdrawal symptoms such as dizziness, stomach upset, anxiety, flu-like
//   feelings; the doctor lowers the dose over weeks); Pharmacy Network, first prescriptions for depression,
//   https://www.pharmacy-network.co.uk/otc/12878571-first-prescriptions-for-depression/common-concerns-12878640
//   (a higher risk of suicidal thoughts early in treatment, especially under 25s: tell the doctor at once).
// [AP-STOP] Mind, Coming off antipsychotics,
//   https://www.mind.org.uk/information-support/drugs-and-treatments/antipsychotics/coming-off-antipsychotics/
//   (stopping suddenly makes a relapse more likely; come off slowly, with the doctor);
//   Avon and Wiltshire Mental Health Partnership NHS Trust, slowly reducing or stopping antipsychotics,
//   https://awp.nhs.uk/patients-and-carers/leaflets-and-resources/patient-and-carer-information-leaflets/medicines/guide-slowly-reducingstopping-antipsychotics-lowering-risk-relapse-and-withdrawal
// [FI] NICE quality standard QS80, statement 3, Family intervention,
//   https://nice.org.uk/guidance/qs80/chapter/Quality-statement-3-Family-intervention
//   (family members of adults with psychosis or schizophrenia are offered family intervention; it can
//   improve coping and relapse rates); BJPsych Advances (Royal College of Psychiatrists), Family
//   psychoeducation for people living with schizophrenia and their families,
//   http://core-varnish-new.prod.aop.cambridge.org/core/product/1F624040803C69204CB936C7826185E3/core-reader
//   (information, coping, communication and problem-solving skills; fewer relapses).
// [CBTP] Mental Health Today, NICE guidance on psychosis and schizophrenia,
//   https://www.mentalhealthtoday.co.uk/nice-recommends-offering-talking-therapies-to-people-at-risk-of-developing-psychosis-and-schizophrenia
//   (CBT and family intervention offered with antipsychotic medicine; the choice of medicine is made by the
//   person and the professional together).
// [DBT] Avon and Wiltshire Mental Health Partnership NHS Trust, Dialectical behaviour therapy,
//   https://awp.nhs.uk/patients-and-carers/leaflets-and-resources/patient-and-carer-information-leaflets/conditions-and-treatments/dialectical-behaviour-therapy-dbt
//   (for people who find it very hard to manage strong emotions, including self-harm; skills in
//   mindfulness, emotion regulation, distress tolerance and relationships).
// [MOUD] US Department of Health and Human Services, Medications to treat opioid addiction,
//   https://www.hhs.gov/opioids/treatment/medications-to-treat-opioid-addiction/index.html
//   (methadone: daily liquid from a specialist clinic; buprenorphine: can be prescribed in a doctor's
//   office; naltrexone: blocks opioids, a daily tablet or a monthly injection); NY OASAS, Medications for
//   opioid use disorder, https://oasas.ny.gov/providers/medications-treatment-opioid-use-disorder
//   (methadone eases withdrawal and cravings and lowers overdose risk); NIH news release,
//   https://www.nih.gov/news-events/news-releases/methadone-buprenorphine-reduce-risk-death-after-opioid-overdose
//   (methadone and buprenorphine are linked with fewer overdose deaths).
// [NTX] SAMHSA, Decisions in Recovery: naltrexone,
//   https://mat-decisions-in-recovery.samhsa.gov/section/which/naltrexone.aspx
//   (naltrexone starts only 7 to 10 days after the last opioid; after a time on it, tolerance is lower,
//   so overdose risk is high if opioid use returns).
// [MIX] Medmark Treatment Centers, Drug interactions and side effects,
//   http://medmarktreatmentcenters.com/drug-interactions-side-effects/
//   (methadone or buprenorphine with alcohol or benzodiazepines can slow breathing dangerously; early side
//   effects often settle at the right dose); BuzzRx (medically reviewed), Buprenorphine warnings,
//   https://www.buzzrx.com/buprenorphine/warnings, and Sharecare, Subutex and lung disease,
//   https://www.sharecare.com/health/opiate-agonist/can-use-subutex-lung-disease (alcohol, sedatives and
//   sleeping tablets with buprenorphine raise the risk of slowed breathing); Bluewater Methadone Clinic,
//   https://bluewatermethadoneclinic.ca/faq/what-are-the-side-effects-of-methadone-and-suboxone/
//   (constipation, sweating). The official label (MedlinePlus, https://medlineplus.gov/druginfo/meds/a605002.html)
//   is the stronger source to re-check these against.
// [AUD] NY OASAS, Medications for alcohol use disorder,
//   https://oasas.ny.gov/providers/medications-treatment-alcohol-use-disorder
//   (naltrexone lowers the reward of drinking and heavy drinking; acamprosate helps people who have stopped
//   stay stopped and may ease cravings); NIAAA, Alcohol use disorder: the role of medication in recovery,
//   https://arcr.niaaa.nih.gov/recovery-aud-part-2/alcohol-use-disorder-role-medication-recovery
//   (medicine works best with therapy; few people are offered it).
// Naloxone and overdose facts live in week 6; this lesson links there rather than repeating them.

export const week: Week = {
  number: 9,
  title: 'Treatment: what helps, and how you can help',
  summary: 'Medicines, therapies and care teams in plain words, side effects and what helps, and how to support care without taking over.',
  minutes: 35,
  welcome: [
    'Treatment can feel like a world of its own. There are new words, long names and many choices. It is normal to feel lost, or to have strong feelings about it. Some families feel hope. Some feel fear. Many feel both.',
    'This lesson explains what common treatments are for, in plain words. It is not advice about any one medicine. Only {person} and the people who prescribe for them can decide to start, stop or change a medicine. What you can do is understand, ask good questions, and stay close.',
  ],
  sections: [
    {
      id: 'what-treatment-can-do',
      title: 'What treatment can and cannot do',
      blocks: [
        'Most good care is a mix. It may include a medicine, a talking therapy, and help with daily life, like work, money or a home. Each part does a different job.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Medicine can calm the symptoms that make life hardest. It can quiet voices, slow racing thoughts or lift a deep low. That can give {person} room to rest, think and plan again. Medicine cannot make choices for them, or mend hurt in a family. Therapy and support help with those.',
            ],
            'substance-use': [
              'Medicine can ease cravings and withdrawal. It can also lower the risks that come with opioids. That can give {person} room to rest, think and plan again. Medicine cannot make choices for them, or mend hurt in a family. Therapy and support help with those.',
            ],
            both: [
              'Medicine can calm the symptoms that make life hardest, and ease cravings and withdrawal. That can give {person} room to rest, think and plan again. Medicine cannot make choices for them, or mend hurt in a family. Therapy and support help with those.',
            ],
          },
        },
        'Finding what works often takes time. The first medicine may not suit. A dose may need to change. That is common, and it is not a sign that treatment is hopeless. Many people find a mix that helps them live the life they want.',
        "{Person} has the right to make choices about their own care. People tend to stick with a plan they helped to make. Your part is to support their choices, and to share what you see when they want to hear it.",
      ],
    },
    {
      id: 'the-main-medicines',
      title: 'The main medicines, in plain words',
      blocks: [
        'Here are the medicines you are most likely to hear about. Each one has many brand names. The prescriber can tell you which group a medicine belongs to.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  // [MSD] [CBTP]; bipolar disorder: NICE CG185 (see [MSD])
                  'Antipsychotics treat psychosis. They can quiet voices and ease fears and beliefs that others do not share. They are also used in bipolar disorder.',
                  // [RCP-DEPOT]
                  'A long-acting injection is an antipsychotic given as a shot. It works for weeks or months at a time. Some people like not having to take a tablet every day.',
                  // [CLOZ]
                  'Clozapine is an antipsychotic for schizophrenia when two others have not helped enough. It often works when others have not. It needs regular blood tests to stay safe.',
                  // [LITH]
                  'Mood stabilisers, such as lithium, help keep moods steady in bipolar disorder. They aim to prevent new highs and lows, not only to treat the one happening now. Lithium needs regular blood tests.',
                  // [AD]
                  'Antidepressants treat depression, and some kinds of anxiety. Most take one to two weeks to start to help, and longer to help fully.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  // [MOUD]
                  'Buprenorphine and methadone treat opioid use disorder. They ease withdrawal and cravings, so life can settle. People who take them are less likely to die from opioids.',
                  // [MOUD]
                  'Methadone is often a daily dose from a clinic. Buprenorphine can often be prescribed by a doctor, and comes in several forms.',
                  // [MOUD] [NTX]
                  'Naltrexone blocks the effect of opioids. It can be a daily tablet or a monthly shot. It can only start once opioids have been out of the body for a week or more.',
                  // [AUD]
                  'For alcohol, naltrexone can make drinking less rewarding and cut down heavy drinking. Acamprosate helps people who have stopped drinking to stay stopped.',
                  // [AD]
                  'Antidepressants treat depression, and some kinds of anxiety. Low mood and worry often come along with drink and drug problems. Most take one to two weeks to start to help.',
                ],
              },
              "Some families worry that buprenorphine or methadone just swaps one drug for another. They don't. Taken as prescribed, they are a proven medical treatment. They help people get their lives back.",
            ],
            both: [
              {
                list: [
                  // [MSD] (NICE CG185 for bipolar disorder)
                  'Antipsychotics treat psychosis. They can quiet voices and ease fears and beliefs that others do not share. They are also used in bipolar disorder.',
                  // [RCP-DEPOT]
                  'A long-acting injection is an antipsychotic given as a shot. It works for weeks or months at a time.',
                  // [CLOZ]
                  'Clozapine is an antipsychotic for schizophrenia when two others have not helped enough. It needs regular blood tests.',
                  // [LITH]
                  'Mood stabilisers, such as lithium, help keep moods steady in bipolar disorder. Lithium needs regular blood tests.',
                  // [AD]
                  'Antidepressants treat depression and some kinds of anxiety. Most take one to two weeks to start to help.',
                  // [MOUD]
                  'Buprenorphine and methadone treat opioid use disorder. They ease withdrawal and cravings. People who take them are less likely to die from opioids.',
                  // [MOUD] [NTX]
                  'Naltrexone blocks the effect of opioids. It can only start once opioids have been out of the body for a week or more.',
                  // [AUD]
                  'For alcohol, naltrexone can cut down heavy drinking. Acamprosate helps people who have stopped drinking to stay stopped.',
                ],
              },
              "Some families worry that buprenorphine or methadone just swaps one drug for another. They don't. Taken as prescribed, they are a proven medical treatment.",
            ],
          },
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Tell the prescriber about any other medicines or remedies {person} takes, if they agree. Some do not mix well.',
            ],
            'substance-use': ['Tell the prescriber about any other medicines, alcohol or drugs {person} takes, if they agree. Some do not mix well.'],
            both: ['Tell the prescriber about any other medicines, alcohol or drugs {person} takes, if they agree. Some do not mix well.'],
          },
        },
      ],
    },
    {
      id: 'side-effects',
      title: 'Side effects, and what helps',
      blocks: [
        // [AP-STOP]: unpleasant side effects are a common reason people want to stop.
        'Most medicines have side effects. Many are mild and fade in the first weeks. Some last, and some matter a lot. Side effects are a common reason people want to stop a medicine. So they are worth talking about openly.',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'With antipsychotics, people may notice:',
              {
                // [MSD]
                list: [
                  'feeling sleepy or slowed down',
                  'weight gain, and changes in blood sugar',
                  'stiff muscles, or shaking',
                  'restlessness: a strong need to keep moving',
                  'movements of the mouth or face they cannot control',
                ],
              },
              // [CLOZ] [LITH] [AD]
              'With clozapine, the blood tests check for an uncommon but serious drop in the cells that fight infection. Constipation is common and can be serious, so tell the team about it. With lithium, the blood test keeps the level in a safe range. With antidepressants, some people feel worse in the first weeks. Tell the prescriber if so.',
              // [AD] Safe-messaging: a warning sign and where to go, no more.
              'Tell the prescriber at once if mood drops, or if {person} has thoughts of suicide, in the first weeks of a new medicine. Young people need extra care here. If they are in danger now, call your local emergency number or a crisis line.',
              'Week 7 has more on what to do in a crisis.',
            ],
            'substance-use': [
              'With buprenorphine or methadone, people may notice:',
              {
                // [MIX]
                list: ['constipation', 'sweating', 'feeling sleepy or sick at first, until the dose is right'],
              },
              // [MIX]
              'Mixing these medicines with alcohol or sedatives, like some sleeping tablets, can slow breathing and be dangerous. It is worth asking the prescriber about this openly.',
              // [NTX]
              'After a time on naltrexone, or after any break from opioids, the body loses its tolerance. If opioid use starts again, an overdose is much more likely.',
              // Naloxone and what to do in an overdose are taught, with their sources, in week 6: point there, don't repeat.
              'Naloxone is a spray or shot that can reverse an opioid overdose for a while. Week 7 says how to get it and what to do. If someone may have overdosed, call your local emergency number first.',
            ],
            both: [
              'With antipsychotics, people may notice sleepiness, weight gain, stiff muscles, shaking or restlessness. With clozapine, the blood tests check for an uncommon but serious problem, and constipation needs watching. With lithium, the blood test keeps the level safe.',
              'Mixing buprenorphine or methadone with alcohol or sedatives can slow breathing and be dangerous. After a break from opioids, or a time on naltrexone, an overdose is much more likely if use starts again.',
              'Tell the prescriber at once if mood drops, or if {person} has thoughts of suicide, in the first weeks of a new medicine. If they are in danger now, call your local emergency number or a crisis line.',
              'Naloxone is a spray or shot that can reverse an opioid overdose for a while. Week 7 says how to get it, and what to do in any crisis.',
            ],
          },
        },
        { kind: 'link', href: '/course/week/6', label: 'Week 7: When things get hard' },
        'What tends to help:',
        {
          list: [
            'Take side effects seriously, even small ones. They are real, not an excuse.',
            'Help {person} write them down, if they want to, to show the prescriber.',
            'Ask the prescriber what can be done. There are often choices.',
            'Ask whether changes to food, sleep or activity could help with a side effect like weight gain.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            // [AP-STOP] [LITH] [AD] — why, with no method detail.
            'mental-illness': [
              'Stopping a medicine all at once can be risky. Symptoms can come back quickly and strongly. Some medicines also cause withdrawal. If {person} wants to stop or change a medicine, the safest step is to talk with the prescriber first. A prescriber can plan any change slowly and watch how it goes.',
            ],
            'substance-use': [
              'Stopping a medicine all at once can be risky. Withdrawal can be hard, and cravings can come back strongly. If {person} wants to stop or change a medicine, the safest step is to talk with the prescriber first. A prescriber can plan any change slowly and watch how it goes.',
            ],
            both: [
              'Stopping a medicine all at once can be risky. Symptoms, withdrawal and cravings can come back strongly. If {person} wants to stop or change a medicine, the safest step is to talk with the prescriber first. A prescriber can plan any change slowly and watch how it goes.',
            ],
          },
        },
      ],
    },
    {
      id: 'therapies-and-teams',
      title: 'Talking therapies and care teams',
      blocks: [
        'Medicine is only one part of care. Talking therapies help people build skills and make sense of what they live with. Here are some you may hear about:',
        {
          list: [
            // [AD] [CBTP]
            'CBT, or cognitive behavioural therapy, looks at how thoughts, feelings and actions feed each other. It teaches ways to break unhelpful loops.',
            // [DBT]
            'DBT, or dialectical behaviour therapy, helps people who feel emotions very strongly. It teaches skills to ride out hard moments, calm down and get on with others.',
            // [FI]
            'Family therapy, and family learning sessions called family psychoeducation, bring the family in. You learn about the illness, ways to cope, and how to talk and solve problems together.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              // [EIP]
              'If {person} has had a first time of psychosis, ask about an early intervention team. In the US it may be called coordinated specialty care. These teams bring medicine, therapy, family support and help with work or study together. Help that starts early tends to work better.',
              // [FI] [CBTP]
              'For psychosis, CBT and family work are often offered along with medicine. Family work can mean fewer relapses. You can ask for it, even if it has not been offered.',
            ],
            'substance-use': [
              // [AUD]
              'For drink and drug problems, medicine tends to work best with therapy. CBT can help {person} spot triggers and plan for cravings. Family therapy can help the whole family heal and talk again.',
              'Peer support and mutual help groups can help too. Many people find it easier to talk with someone who has been there.',
            ],
            both: [
              // [EIP]
              'If {person} has had a first time of psychosis, ask about an early intervention team. In the US it may be called coordinated specialty care. These teams bring medicine, therapy, family support and help with work or study together.',
              // [AUD] [FI]
              'For drink and drug problems, medicine tends to work best with therapy. Family work can mean fewer relapses in psychosis. You can ask for it, even if it has not been offered.',
            ],
          },
        },
        "It is fine to ask a service: 'What therapies do you offer, and is there anything for families?'",
      ],
    },
    {
      id: 'helping-without-taking-over',
      title: 'Helping without taking over',
      blocks: [
        "When you love someone, it is natural to want to manage their care. But care works best when {person} is in the driver's seat. Here are ways to help that leave them in charge:",
        {
          list: [
            'Appointments: offer a ride, or to sit in the waiting room. Come into the room only if {person} asks you to.',
            "Reminders: give them only if {person} asks. Agree together how, like a text or a note. Then stick to what you agreed.",
            "Noticing side effects: say what you see, kindly, and once. 'You seem so tired lately. Is it the new tablets?'",
            "Choices: the choice is theirs. You can share your worry and still respect their decision.",
            'Privacy: the team may not share details with you unless {person} agrees. You can still tell the team what you see.',
          ],
        },
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              "If {person} doesn't want a medicine, that is hard to watch. Arguing rarely changes minds. Ask what worries them about it. Side effects, or feeling unlike themselves, are common reasons. Those are good things to raise with the prescriber.",
            ],
            'substance-use': [
              "If {person} doesn't want treatment yet, that is hard to watch. Arguing rarely changes minds. Ask what worries them about it. Fear of withdrawal, or of being judged, are common reasons. Those are good things to raise with a service.",
            ],
            both: [
              "If {person} doesn't want a medicine or treatment yet, that is hard to watch. Arguing rarely changes minds. Ask what worries them about it. Side effects, fear of withdrawal, or of being judged, are common reasons.",
            ],
          },
        },
      ],
    },
    {
      id: 'questions-to-ask',
      title: 'Questions to ask a prescriber',
      blocks: [
        'A prescriber is the doctor, nurse or other worker who can give a medicine. Appointments can feel rushed. A short list of questions helps. {Person} may want to ask these, or want you to ask with them:',
        {
          list: [
            'What is this medicine for, and what should it change?',
            'How soon should we see a change?',
            'What side effects are common? Which ones mean we should call you?',
            'Are there tests, like blood tests, and how often?',
            'Does it mix badly with anything else?',
            'What other choices are there, with or without medicine?',
            'If it does not suit, what can we do, and who do we call?',
            'Is there help for the family, like family sessions?',
          ],
        },
        'Write the answers down. It is fine to ask the prescriber to say something again in plainer words.',
      ],
    },
  ],
  story: {
    title: 'The list of questions',
    variants: {
      'mental-illness': [
        "Marta's {relation}, Sam, has been taking an antipsychotic for four months. The voices are much quieter now. But Sam has put on weight and sleeps until noon.",
        "One evening Sam said, 'I'm done with these tablets. They make me feel like a zombie.'",
        "Marta felt panic rise. Her first thought was to say, 'You can't stop! Remember last time?' She took a breath instead.",
        "'That sounds really hard,' she said. 'What bothers you most?'",
        "'The weight. And I can't think in the mornings.'",
        "'Those sound like things the doctor should hear. Would it help to write them down before your next visit?'",
        'Sam shrugged, then nodded. Together they made a short list. Sam added a question of their own: could there be another choice?',
        'Sam went in alone, as Sam wanted. Marta waited in the car. Afterwards Sam said the doctor had taken it seriously. They talked about other choices, and about a walking group. Sam and the doctor made a plan, slowly, together.',
        'Marta did not fix the side effects. She did something just as useful. She kept Sam talking to the people who could help.',
      ],
      'substance-use': [
        "Kofi's {relation}, Ash, started on buprenorphine after years of using opioids. Kofi's brother was not pleased. 'It's just swapping one drug for another,' he said.",
        'Kofi had wondered the same thing. So he read about it, and asked the clinic. He learned that it is a medical treatment that helps people stay alive and well.',
        "Ash was doing better, but felt ashamed. 'Everyone thinks I'm still using,' Ash said.",
        "Kofi did not count tablets or check up on Ash. He asked, 'Is there anything that would help?'",
        "'A ride to the clinic on Tuesdays would help. The bus takes forever.'",
        'So that became their thing. They talked in the car, or sat in quiet. Once, Ash said the constipation was awful. Kofi said, "Maybe ask about it at the clinic?" Ash did, and there was help for it.',
        'Kofi also keeps naloxone at home, just in case, and he knows what to do. He hopes he never needs it.',
        'Kofi told his brother, gently, what he had learned. His brother still has doubts. But he came along for one Tuesday ride.',
      ],
      both: [
        "Lee's {relation}, Rowan, has lived with depression for years. Rowan drinks most nights to get to sleep. The doctor offered an antidepressant, naltrexone for the drinking, and CBT.",
        "Rowan was not sure. 'I don't want to be on tablets for life,' Rowan said.",
        "Lee wanted to say, 'Just take them!' Instead, Lee asked, 'What would you want to know before you decide?'",
        'Rowan thought about it. How long would it take to work? What were the side effects? Would it be safe with a drink?',
        "'Those are good questions,' Lee said. 'Want to take them to the doctor?'",
        'Rowan wrote them down and asked. The doctor answered each one. She said there was no rush, and that therapy could start first if Rowan liked.',
        'Rowan chose to start CBT first, and to think about the medicines. Lee found it hard not to push. But Rowan kept going to therapy, week after week.',
        'A month later, Rowan asked the doctor about naltrexone. It was Rowan\'s own choice, and that made it stick.',
      ],
    },
  },
  takeaways: [
    'Good care is often a mix: medicine, therapy and help with daily life.',
    'Finding what works can take time. That is common, not hopeless.',
    'Side effects are real. Take them seriously and bring them to the prescriber.',
    'Never push to start, stop or change a medicine. That is for {person} and the prescriber.',
    'Help in the ways {person} asks for, and leave the choices with them.',
  ],
  reflections: [
    {
      id: 'tr-feelings-about-treatment',
      prompt: 'What feelings come up for you when you think about {person} and treatment?',
      hint: 'Hope, fear, doubt, relief? All of them are allowed.',
    },
    {
      id: 'tr-help-they-want',
      prompt: 'What help with treatment has {person} asked for, or might welcome?',
      hint: 'If you are not sure, you could ask them.',
    },
  ],
  practice: {
    id: 'tr-practice',
    title: 'Get ready for an appointment, together',
    intro: [
      'This week, offer to help {person} get ready for their next appointment. Keep it their plan. You are the helper, not the boss.',
    ],
    steps: [
      "Ask if they would like help getting ready: 'Would it help to jot down some questions?'",
      'Ask what they want to get out of the visit, in their own words.',
      'Help them write down changes they have noticed, good and bad, including side effects.',
      'Pick two or three questions from the list in this lesson that matter to them.',
      'Ask what help they want on the day: a ride, company in the waiting room, or nothing at all.',
    ],
    plan: [
      { id: 'their-goal', label: 'What does {person} want from the next appointment?' },
      { id: 'questions', label: 'Which questions will they take?', hint: 'Two or three is plenty.' },
      { id: 'my-part', label: 'What help have they asked me for?', hint: 'It is fine if the answer is none.' },
    ],
  },
  selfCheck: [
    {
      id: 'tr-wants-to-stop',
      question: '{Person} tells you they want to stop a medicine. What tends to help most?',
      options: [
        { text: 'Insist that they keep taking it.', correct: false },
        { text: 'Ask what bothers them, and suggest they talk it over with the prescriber first.', correct: true },
        { text: 'Tell them to stop if they feel like it.', correct: false },
      ],
      explanation:
        'Stopping all at once can be risky, and only a prescriber can plan a change safely. Pushing either way tends to backfire. Listening to their reasons keeps them talking, and their reasons are often things a prescriber can help with.',
    },
    {
      id: 'tr-side-effects',
      question: 'You notice {person} seems slowed down since a new medicine. What could you do?',
      options: [
        { text: "Say what you see, kindly, once: 'You seem tired lately. Is it the new medicine?'", correct: true },
        { text: 'Change how they take it yourself.', correct: false },
        { text: 'Offer to help them note it down for the prescriber, if they want.', correct: true },
      ],
      explanation:
        'Noticing and naming a side effect gently is real help, and so is helping them bring it to the prescriber. Changing a medicine yourself can be risky. There are often other choices, and the prescriber can talk them through.',
    },
    {
      id: 'tr-reminders',
      question: 'When are medicine reminders most likely to help?',
      options: [
        { text: 'When {person} has asked for them, in a way you agreed together.', correct: true },
        { text: 'Every day, whether they want them or not.', correct: false },
      ],
      explanation:
        'Reminders nobody asked for can feel like being watched, and can start fights. When {person} chooses the help, it stays their plan. If you worry they are missing doses, that is something to raise with them, or with the team.',
    },
    {
      id: 'tr-mix-of-care',
      question: 'Which of these is true about treatment?',
      options: [
        { text: 'Finding the right medicine or dose can take a few tries.', correct: true },
        { text: 'If the first medicine does not suit, treatment will not work.', correct: false },
        { text: 'Therapy and family sessions can help alongside medicine.', correct: true },
      ],
      explanation:
        'It often takes time to find what works, and that is common. Care works best as a mix. If you have felt discouraged by a first try, that is understandable. Many people find a plan that suits them in the end.',
    },
  ],
  forYou: {
    title: 'Your own feelings about treatment',
    blocks: [
      'You may have your own history with medicines or therapy. You may have hopes that feel too big, or fears you have not said out loud. It helps to notice them. They are yours, and they deserve care too.',
      'Watching someone you love struggle with treatment is tiring. You cannot make it work for them. You can look after yourself while you wait: rest, talk to a friend, or join a family group.',
      'If it helps, ask the care team what support they have for families. Many have more than they say.',
    ],
  },
};
