import type { Week } from '../course-types.ts';

// Withdrawal safety, for readers whose person drinks or uses. Checked 2026-12-05 against:
// - NHS, Alcohol misuse: treatment, https://www.nhs.uk/conditions/alcohol-misuse/treatment/
//   (if you depend on alcohol, get medical advice to manage withdrawal; severe cases detox in hospital);
// - Fairview patient education, Alcohol withdrawal seizure, https://www.fairview.org/patient-education/115703EN
//   (seizures; delirium tremens with severe confusion and hallucinations is life-threatening);
// - Beyond Blue, Benzodiazepines, https://www.beyondblue.org.au/mental-health/anxiety/treatments-for-anxiety/medical-treatments-for-anxiety/benzodiazepines
//   and With You, https://www.wearewithyou.org.uk/advice-and-information/advice-for-you/benzodiazapines-benzos-how-to-get-help
//   (don't stop benzodiazepines suddenly: a withdrawal fit can follow; stop slowly with a doctor; call the emergency number).
// A high fever is left out: no health body's page we could check named it.
const WITHDRAWAL_SAFETY =
  'One safety fact matters a lot here. After heavy drinking for a long time, stopping all at once can be dangerous. The same is true of sedatives, like some sleeping pills or pills for anxiety. The body has got used to them. If {person} wants to stop, a doctor or a drug and alcohol service can help them do it safely.';
const WITHDRAWAL_SIGNS =
  'After they stop, get help right away if they have a fit, seem very confused, or see or hear things that are not there. Call your local emergency number.';

export const week: Week = {
  number: 2,
  title: 'Understanding what they are living with',
  summary: "Common conditions and substance use in plain words: how they can feel from the inside, what helps, why 'I'm fine' is so common, and words that help.",
  minutes: 40,
  welcome: [
    "Learning about a mental illness or a substance use problem can stir up mixed feelings. It can be a relief to put a name to what you have seen. It can also be scary or sad, or bring back hard memories. Whatever comes up for you is understandable. Go gently.",
    "This week is not about making a diagnosis. That is a job for professionals. It is about understanding enough to feel less lost, and to see the person more clearly behind the illness.",
  ],
  sections: [
    {
      id: 'common-conditions',
      title: 'Common conditions, in plain words',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              "Mental health conditions are common. Many people live with one at some point in their lives. They are health problems, like asthma or diabetes. They are not a flaw in someone's character, and no one chooses them.",
            ],
            'substance-use': [
              "Mental health conditions are common. Many people live with one at some point in their lives. They are even more common in people who drink heavily or use drugs, so they are worth knowing about even if alcohol or drugs are the main worry. Like substance use problems, they are health problems, not a flaw in someone's character.",
            ],
            both: [
              "Mental health conditions are common. Many people live with one at some point in their lives. They are health problems, like asthma or diabetes. They are not a flaw in someone's character, and no one chooses them.",
            ],
          },
        },
        // Conditions and the brain, in plain words. Checked 2026-12-05 against:
        // - NHS, Depression in adults: treatment, https://www.nhs.uk/mental-health/conditions/clinical-depression/treatment/
        //   (self-help, exercise, talking therapies such as CBT, and medicines);
        // - NHS Scotland Right Decisions, Anxiety and panic disorders,
        //   https://rightdecisions.scot.nhs.uk/mypsych-app/foundation-doctors/my-foundation-teaching/anxiety-and-panic-disorders/
        //   (worry that is intense and lasting; a racing heart, tension, poor sleep; self-help, CBT and medicines);
        // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
        //   (shifts in mood, energy and activity; highs with less need for sleep; many are well between episodes;
        //   treatment helps people lead full lives);
        // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
        //   (loss of contact with reality; often begins in the late teens to mid-twenties; no one cause;
        //   early treatment often means a better recovery);
        // - Somerset NHS Foundation Trust, Early intervention in psychosis: recovery,
        //   https://www.somersetft.nhs.uk/early-intervention-in-psychosis/step/recovery/ (most people recover);
        // - NIMH, RAISE-ing the standard of care for schizophrenia,
        //   https://www.nimh.nih.gov/news/science-news/2023/raise-ing-the-standard-of-care-for-schizophrenia-the-rapid-adoption-of-coordinated-specialty-care-in-the-united-states
        //   (team care with medicine, therapy, family support and help with work and school improves lives);
        // - NIMH, Borderline Personality Disorder, https://www.nimh.nih.gov/health/publications/borderline-personality-disorder
        //   (unstable moods, self-image and relationships; talking therapy such as DBT is the first treatment;
        //   many people have fewer or milder symptoms over time).
        'Here are some you may hear about, in plain words. For each one, there is a note on how it can feel from the inside, and what tends to help. These notes are only a start. Each one looks different from person to person.',
        "Many of these conditions involve changes in how the brain works: how it handles mood, fear, stress and what feels real. Genes, stress and hard life events can all play a part. No one causes these changes by being weak, and no family causes them by loving the wrong way.",
        {
          list: [
            'Depression: a low mood that lasts for weeks or more, not just a bad day. From the inside, it can feel like moving through mud, or like feeling nothing at all. Sleep, appetite, energy and hope can all change. Talking therapy, medicine, exercise and steady support all help, and many people recover fully.',
            'Anxiety: fear or worry that is hard to switch off, even when there is no clear danger. From the inside, the body can feel stuck on alert, with a racing heart, tight muscles and poor sleep. Some people have sudden waves of panic. Talking therapy, such as CBT, helps many people, and so can medicine and ways to calm the body.',
            'Bipolar disorder: big shifts in mood and energy. In a high phase, a person may need little sleep, talk fast, feel on top of the world and take big risks. In a low phase, they may have deep depression. Many people are well for long stretches in between. Medicine that keeps moods steady, talking therapy and a regular routine help many people live full lives.',
            'Psychosis: times when a person loses touch with what others see as real. They may hear or see things others do not, or hold strong beliefs others do not share. From the inside, it feels real, and it can be very frightening. It often starts between the late teens and mid-twenties. Early care makes a real difference, and most people recover from a first episode.',
            'Schizophrenia: a condition where psychosis comes back or lasts a long time. It can also lower drive, focus and the ability to enjoy things. Care from a team helps most: medicine, talking therapy, support for the family, and help with work or study. Many people with schizophrenia build lives they value.',
            'Personality disorders: long-lasting patterns in how a person feels, thinks and gets on with others, which cause them real pain. The one families hear about most is borderline personality disorder. From the inside, feelings can be sudden and huge, and the fear of being left can be strong. Talking therapies, such as DBT, help a lot of people, and many improve a great deal over time.',
            'Trauma and PTSD: the mind and body stay on high alert after something terrible has happened. Nightmares and sudden memories are common. Talking therapies made for trauma help many people.',
          ],
        },
        "Please do not use this list to put a label on {person}. It is here to help you understand. If you have questions, a doctor or mental health worker can talk them through with you, and with {person}.",
      ],
    },
    {
      id: 'substance-use',
      title: 'When substance use is part of the picture',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Even if {person} does not drink much or use drugs, this part is worth a read. Mental illness and substance use so often come together that it helps to know how each one affects the other.',
              'A substance use problem is more than a bad habit. Over time, alcohol and drugs change how the brain handles reward, stress and self-control. Cutting down can become very hard, even when the person truly wants to. That is why willpower alone is often not enough.',
            ],
            'substance-use': [
              'A substance use problem is more than a bad habit. Over time, alcohol and drugs change how the brain handles reward, stress and self-control. Cutting down can become very hard, even when the person truly wants to. That is why willpower alone is often not enough.',
              WITHDRAWAL_SAFETY,
              WITHDRAWAL_SIGNS,
            ],
            both: [
              'A substance use problem is more than a bad habit. Over time, alcohol and drugs change how the brain handles reward, stress and self-control. Cutting down can become very hard, even when the person truly wants to. That is why willpower alone is often not enough.',
              WITHDRAWAL_SAFETY,
              WITHDRAWAL_SIGNS,
            ],
          },
        },
        'Substance use problems come in many shapes. Some people drink every day. Some use drugs now and then, but in risky ways. Some start with pills from a doctor and slowly take more than they meant to.',
        "Mental health problems and substance use often go together. This is called co-occurring, or a dual diagnosis. It is common, not rare. Each one can feed the other:",
        {
          list: [
            'Some people drink or use drugs to quiet painful feelings, fears or voices.',
            'Alcohol and drugs can make low moods, worry and psychosis worse.',
            'Cutting down can bring a rush of hard feelings for a while.',
          ],
        },
        "When both are there, care that works on both at the same time tends to help most. If you are looking for help, you can ask a service: 'Do you work with mental health and substance use together?'",
        // Substance use disorders and co-occurring conditions. Checked 2026-12-05 against:
        // - SAMHSA Advisory (2021), Substance Use Disorder Treatment for People With Co-Occurring Disorders (based on
        //   TIP 42; published at https://store.samhsa.gov, read as a copy of its text) (about a third of adults with a
        //   mental disorder in a year also had a substance use disorder; use a recovery perspective; treat both);
        // - NIDA Notes, Suiting treatment to the nature of the disease,
        //   https://archives.drugabuse.gov/news-events/nida-notes/2009/10/suiting-treatment-to-nature-disease
        //   (repeated use changes how the brain handles information and emotions; treatments work; many reach lasting
        //   recovery after more than one round of treatment);
        // - SAMHSA Recovery Month, Treatment and recovery, http://www.recoverymonth.gov/Recovery-Month-Kit/Targeted-Outreach/Treatment-and-Recovery.aspx
        //   (treatment is effective and people do recover, by many paths: professional care, self-help and group support).
        "From the inside, a substance use problem can feel like a strong pull that is hard to resist, even when part of the person wants to stop. Many people first drank or used to cope with pain, stress or fear. Then the thing that helped for an hour starts to cost them a lot.",
        'Treatment works, and there are many paths. Talking therapy, medicines for some kinds of use, peer support and mutual-help groups all help people. Many people do recover, often after more than one try.',
        "None of this is anyone's fault. It is a health problem, and people do recover from it.",
      ],
    },
    {
      id: 'lack-of-insight',
      title: "When they don't see it",
      blocks: [
        "One of the hardest things for families is this: {person} may not believe that anything is wrong. You can see the signs clearly. They cannot. It can be very painful to watch.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'With some conditions, like schizophrenia and bipolar disorder, this has a name. It is called anosognosia, or lack of insight. The illness itself can affect the part of the brain that lets us notice changes in ourselves. It is a symptom. It is not stubbornness, and it is not a choice.',
            ],
            'substance-use': [
              'With alcohol and drugs, a person may truly believe they have it under control. Or they may feel torn: part of them wants to change, and part does not. That mixed feeling is normal. It is not a lie or a choice to hurt you. It is often where change begins.',
            ],
            both: [
              'With some conditions, like schizophrenia and bipolar disorder, this has a name. It is called anosognosia, or lack of insight. The illness itself can affect the part of the brain that lets us notice changes in ourselves. It is a symptom. It is not stubbornness, and it is not a choice.',
              'Something similar can happen with substance use. A person may truly believe they have it under control. Or they may feel torn: part of them wants to change, and part does not. That mixed feeling is normal. It is often where change begins.',
            ],
          },
        },
        "Here is why this matters. If you argue about the diagnosis, you will likely lose. Pushing a label tends to make people dig in. It can also wear away the trust you will need later.",
        'What tends to help more:',
        {
          list: [
            'Step back from the fight about the label.',
            'Listen for what they do see as a problem, like poor sleep, stress or money.',
            'Talk about that, using their words.',
            'Offer help with the goal they care about.',
          ],
        },
        "You do not have to agree with what they believe. You also do not have to prove them wrong. Week 5 will give you more tools for these talks.",
      ],
    },
    {
      id: 'stigma-and-words',
      title: 'Stigma and the words we use',
      blocks: [
        "Stigma is the shame and blame that people pin on mental illness and substance use. It shows up in jokes, news stories and cruel names. It makes people hide what they are going through. It makes them wait too long to get help.",
        "Stigma can also turn inward. A person may start to believe the harsh things they hear. They may feel they do not deserve help. Families feel stigma too. You may have kept things quiet for fear of what others would think. That is very common, and it is nothing to be ashamed of.",
        "Words are one place where we can push back. Person-first words put the person before the condition. They remind everyone, {person} included, that a person is more than an illness.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  "Say 'a person living with schizophrenia' rather than naming someone by their illness.",
                  "Say 'has a mental health condition' rather than words that mock.",
                  "Say 'became unwell again' or 'had a setback' rather than words that blame.",
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  "Say 'a person with a substance use problem' rather than using a label.",
                  "Say 'in recovery', 'sober' or 'not using' rather than words that judge.",
                  "Say 'had a setback' or 'returned to use' rather than words that blame.",
                ],
              },
            ],
            both: [
              {
                list: [
                  "Say 'a person living with schizophrenia' rather than naming someone by their illness.",
                  "Say 'a person with a substance use problem' rather than using a label.",
                  "Say 'in recovery', 'sober' or 'not using' rather than words that judge.",
                  "Say 'had a setback' or 'returned to use' rather than words that blame.",
                ],
              },
            ],
          },
        },
        "Most of all, listen to the words {person} uses, and follow their lead. Some people find strength in a name for what they live with. Others find it painful. Asking 'What words feel right to you?' is a kind thing to do.",
      ],
    },
  ],
  story: {
    title: 'Putting down the argument',
    variants: {
      'mental-illness': [
        "Tomasz's {relation}, Remi, started to believe the neighbours were listening through the walls. Remi kept the curtains closed all day and barely slept.",
        "Tomasz was frightened, so he tried to reason with Remi. 'No one is listening. This is psychosis. You need to see a doctor.' Each time, Remi got more upset. Once, Remi did not speak to him for a week.",
        "At a family class, a nurse talked about lack of insight. The illness can make it hard for a person to see that they are unwell. 'You won't win this with facts,' she said. 'Look for what they do want.'",
        'Tomasz thought about it. Remi was worn out. Remi hated lying awake all night.',
        "The next evening, Tomasz said, 'You look so tired. I know the nights have been awful. Would it help to see someone about your sleep? I could come with you.'",
        "Remi was quiet. Then they said, 'Maybe. If it's just about sleep.'",
        'It was a small yes. Tomasz did not bring up the neighbours. He did not pretend to agree about them either. He just kept the talk on what Remi cared about.',
        "At the clinic, Remi talked about the sleep, and then about feeling afraid. It was a start. The path is still Remi's to walk, but the door between them is open again.",
        'Think of one thing {person} does care about. That might be your way in, too.',
      ],
      'substance-use': [
        "Inés's {relation}, Dani, hurt their back at work two years ago. The doctor gave them strong painkillers. Over time, Dani began taking more than the dose and buying extra pills from a friend.",
        "When Inés found out, she panicked. She called Dani names she wishes she could take back. 'You have a drug problem. Admit it.'",
        "Dani shouted back, 'My back hurts! You have no idea.' From then on, Dani hid the pills.",
        "Inés felt too ashamed to tell anyone. What would her sister think? One night she called her anyway. Her sister did not judge. She said, 'That sounds so hard. How are you doing?' Inés cried with relief.",
        "With her sister's help, Inés found a family group. There she learned that long use of painkillers changes the brain. It is not a sign of weak character. She also learned that fighting over the word 'problem' rarely helps.",
        "So she tried something new. 'I can see your back still hurts,' she said. 'And you seem so worn out. I'm worried. Would you think about seeing someone about the pain and the pills together?'",
        'Dani did not say yes, but did not storm off either. A week later, Dani asked for the name of the clinic.',
        'Inés still worries. But she is not alone now, and Dani does not have to hide from her. If {person} is hiding their drinking or drug use, it may come from shame, just as it did for Dani.',
      ],
      both: [
        "Owen's {relation}, Jules, has been drinking most nights since losing their job. Jules hardly leaves the house. Some of the family say Jules is lazy. An uncle says Jules just needs to stop drinking and snap out of it.",
        'Owen was not so sure. Jules had been low long before the drinking got heavy.',
        'Owen read about depression and about substance use. It made sense of things. Jules might be drinking to numb a low mood. And the drinking was likely making that mood worse. Each one fed the other.',
        "When Owen tried to talk about it, Jules said, 'I'm not depressed. I'm just tired. A drink helps me sleep.'",
        "Owen felt the urge to argue, but did not. 'The sleep sounds rough. Do you feel rested after a drink?'",
        "Jules gave a small laugh. 'No. I wake at three every night.'",
        "'Would you want to talk to a doctor about the sleep? I'll come if you like.'",
        'Jules agreed to go. The doctor asked about mood and about drinking. She told Jules about a service that works on both at once. Jules is thinking it over.',
        "Owen also had a quiet word with the uncle. 'Jules is not lazy. This is a health problem, and it can get better.' The uncle listened more than Owen expected. One kind voice can shift how a whole family talks. You could be that voice for {person}.",
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - Better Blokes NZ, A characteristic and early feature of bipolar is the loss of insight,
    //   https://betterblokes.org.nz/2016/12/a-characteristic-and-early-feature-of-bipolar-is-the-loss-of-insight/
    //   (in a high phase a person feels fantastic and may not see that they are unwell; less sleep; big plans);
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (less need for sleep, racing thoughts, risky choices in a high phase; treatment helps);
    // - Vanderbilt Health Library, Know the Symptoms of Depression,
    //   https://healthlibrary.vanderbilthealth.com/Library/DiseasesConditions/Adult/MentalHealth/3,84265
    //   (not a weakness, a choice or something to snap out of; low energy, lost interest in old pleasures);
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (marijuana can play a part in psychosis; early treatment helps);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (first-episode psychosis programmes can treat substance use alongside psychosis).
    // A reader whose person lives with psychosis alone already meets it in the situation story (Tomasz and Remi).
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          "Bea's {relation}, Luca, lives with bipolar disorder. One summer, Luca's mood climbed high. They slept three hours a night and planned to quit their job to start a business.",
          "Bea was scared. She read Luca a list of signs. 'This is the illness talking. You're not well.' Luca got angry. 'I feel better than I have in years. Why can't you be happy for me?'",
          "At a family group, a man whose wife lives with bipolar disorder said something that helped. 'When her mood is high, she feels great. It's hard to see you are unwell when you feel great. Arguing only made her dig in.'",
          'So Bea put down the argument about the label. She looked for something they both wanted. Luca wanted the business to work. And under all the energy, Luca looked worn out.',
          "The next day, Bea said, 'I can see how much this idea means to you. It's a big step. Would you give it one week before you hand in your notice? And could we ask your doctor about the sleep?'",
          "Luca rolled their eyes. Then they said, 'Fine. One week. But I'm not giving up the idea.'",
          'Bea did not ask them to. That week, Luca saw their doctor, and the care team stepped in. Over the next month, the high mood settled. Luca kept the job. They still talk about the business, slowly now.',
          'Think of something {person} wants, too. Starting there can open a door that arguing keeps shut.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          "Nadia's {relation}, Eli, has lived with depression for two years. Eli stays in their room most days. Eli's grandad says Eli just needs to pull themselves together.",
          "Nadia disagreed with him, but she argued with Eli too. When Eli said, 'I'm useless. I can't even answer a text,' she said, 'That's not true! You just need to get out more.' Eli stopped telling her how they felt.",
          "Then Nadia read about depression. It is a health condition, not a weakness or a choice. It can drain a person's energy and joy. Being told to cheer up can make a person feel more alone.",
          "So the next time Eli said they felt useless, Nadia did not argue. She said, 'It sounds like everything takes so much out of you right now.' Eli nodded. 'I'm tired all the time. Even after sleeping all day.'",
          "'That sounds hard. Would you want to see the doctor about being so tired? I could book it, or come with you.'",
          'Eli said they would think about it. Two days later, they asked her to book it. The doctor talked with Eli about the low mood, and what might help.',
          "Nadia also had a quiet word with Eli's grandad. 'Eli isn't lazy. This is a health problem, and people do get better.' A few days later, the grandad asked if Eli might like to watch a match with him.",
          'A kind word about an illness can change how a whole family talks. You could start that for {person}.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          "Carmen's {relation}, Jonah, started to think that strangers could hear their thoughts. Jonah also began to smoke cannabis every day, to make the noise in their head stop.",
          "Carmen argued that the thoughts were not real, and that the cannabis made them worse. Jonah said, 'You think I'm losing it. I'm not ill.' Then Jonah started to stay out all night.",
          "At a family evening, a worker from the early psychosis team explained. When psychosis starts, a person may not see that they are unwell. Some people use cannabis to cope with frightening thoughts. 'Arguing about either one pushes people away,' she said. 'Find what they want.'",
          'Carmen thought about it. Jonah loved their job at the bakery, and was scared of losing it.',
          "So the next time, she did not bring up the thoughts or the cannabis. She said, 'You seem so on edge lately. I know how much you love the bakery. Is anything making work hard?' Jonah said, 'I can't sleep. Then I worry I'll be late and lose the job.'",
          "'That sounds so stressful. Would you see someone about the sleep? I'll come with you.' Jonah agreed, if it was just about sleep.",
          'The doctor asked Jonah about worries, and about cannabis, without judging. Jonah agreed to meet the early psychosis team, which works on both at once.',
          "Carmen's sister still calls Jonah lazy. Carmen told her, 'Jonah is unwell, and people do recover from this.' Think of what {person} cares about most. That might be your way in, too.",
        ],
      },
    ],
  },
  takeaways: [
    'Mental illness and substance use problems are health problems, not flaws.',
    'They often come together. Care that works on both at once tends to help most.',
    'Not seeing the illness can be part of the illness. Arguing about the label rarely helps.',
    'Talk about what they care about, in their words.',
    'Person-first words help push back against stigma.',
  ],
  reflections: [
    {
      id: 'w2-what-makes-sense',
      prompt: 'What did you learn this week that helps something about {person} make more sense?',
      hint: 'It might be something that once looked like a choice. How does it feel to see it in a new way?',
    },
    {
      id: 'w2-words-that-fit',
      prompt: 'What words does {person} use for what they are going through? Which words do you want to use?',
      hint: "If you don't know their words yet, that is fine. You could listen for them, or ask.",
    },
  ],
  practice: {
    id: 'w2-practice',
    title: 'Find the common ground',
    intro: [
      "When {person} does not see a problem, a debate about the diagnosis can take over every talk. This week, try a different way in. Set the label aside. Look for something they care about, or something they already find hard. That is your common ground.",
    ],
    steps: [
      'Notice when you are about to argue about the diagnosis or the problem. Pause and take a breath.',
      'Think of something they have said is hard, in their own words: sleep, stress, money, feeling alone, a job.',
      "Name it back to them kindly: 'You said the nights have been rough.'",
      'Ask an open question about it. Listen to the answer without trying to fix it.',
      "If it fits, offer help with that goal: 'Would it help if I came with you?' Then let them choose.",
    ],
    plan: [
      { id: 'their-words', label: 'What does {person} find hard right now, in their words?' },
      { id: 'what-i-will-say', label: 'What could I say instead of arguing?', hint: 'Start with what you have noticed, then ask a question.' },
      { id: 'when', label: 'When might be a calm time to try?' },
    ],
  },
  selfCheck: [
    {
      id: 'w2-not-seeing-it',
      question: '{Person} says nothing is wrong, even though you can see clear signs. What might be going on?',
      options: [
        { text: 'They are just being stubborn.', correct: false },
        { text: 'Not seeing it can be part of the illness itself.', correct: true },
        { text: 'They are trying to hurt me.', correct: false },
      ],
      explanation:
        "With some conditions, the illness affects the brain's ability to notice changes in oneself. With substance use, mixed feelings about change are normal. Neither is a choice to hurt you. If you have felt it was stubbornness, that is an easy thing to think. Knowing more can take some of the sting out of it.",
    },
    {
      id: 'w2-both-together',
      question: 'Why do mental health problems and substance use so often come together?',
      options: [
        { text: 'Some people use substances to cope, and substances can make symptoms worse.', correct: true },
        { text: 'It shows a weak character.', correct: false },
        { text: 'It is rare, so it is probably not the case.', correct: false },
      ],
      explanation:
        'Each one can feed the other, and it happens a lot. It is nobody\'s fault. Care that looks at both at the same time tends to work best, so it is fine to ask services whether they do that.',
    },
    {
      id: 'w2-arguing',
      question: 'Talks about the diagnosis keep turning into fights. What tends to help?',
      options: [
        { text: 'Showing more proof until they agree.', correct: false },
        { text: 'Talking about something they care about, like sleep or work.', correct: true },
        { text: 'Never talking about anything hard again.', correct: false },
      ],
      explanation:
        'Arguing about the label often makes people dig in, and it is easy to get pulled into it when you are scared. Common ground keeps the door open. You can still talk about hard things. You do not have to agree with everything they believe to do this.',
    },
    {
      id: 'w2-person-first',
      question: 'Which of these ways of speaking help push back against stigma?',
      options: [
        { text: "Putting the person first: 'my sister, who lives with a health condition'.", correct: true },
        { text: 'Using the words they prefer for themselves.', correct: true },
        { text: 'Making jokes about their illness to lighten the mood.', correct: false },
      ],
      explanation:
        'The first two both help. Person-first words show there is a whole person behind the condition, and using their words shows respect. If you have used other words in the past, that is all right. Most of us picked them up somewhere. What counts is what you choose from here.',
    },
    {
      id: 'w2-your-job',
      question: 'What is the best use of what you learn about these conditions?',
      options: [
        { text: 'To work out the diagnosis for {person} myself.', correct: false },
        { text: 'To understand {person} better, and leave diagnosis to professionals.', correct: true },
      ],
      explanation:
        'Learning helps you make sense of what you see and feel less alone with it. Naming a condition is a job for trained people, and even they take time. Your part is to understand and to stay close.',
    },
  ],
  forYou: {
    title: 'Go easy on the learning',
    blocks: [
      'Reading about illness can be heavy. It is tempting to search late into the night for answers. That often leaves people more scared, not less.',
      'This week, try setting a limit. Choose one or two places you trust to learn from, such as a health service or a family support group. Read in the daytime when you can. When you stop, do something that brings you back into your body: a walk, a stretch, a shower, a meal.',
      'You do not need to become an expert. You only need to understand enough to stay close. The rest can come, bit by bit.',
    ],
  },
};
